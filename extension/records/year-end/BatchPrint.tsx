/** @jsxImportSource preact */
/**
 * The print job of the year-end batch: the documents' markup as text (the same text the ZIP's
 * files hold), put into the page in one go. Building thousands of documents' DOM node by node
 * through Preact took several times longer than the browser's own parser takes for the text.
 */
import { renderToString } from 'preact-render-to-string';
import type { YearEndBatch } from '../../../core/batch/year-end.ts';
import type { Lang } from '../../../core/i18n/format.ts';
import { EmployerDocuments } from './BatchDocuments.tsx';
import { batchCss } from './batch-style.ts';

/** Every employer's cover list and documents as markup; Preact escapes every text and attribute. */
export function batchMarkup(batch: YearEndBatch, lang: Lang): string {
  return batch.employers
    .map((e) => renderToString(<EmployerDocuments e={e} year={batch.year} lang={lang} />))
    .join('');
}

export function BatchPrint({ batch, lang }: { batch: YearEndBatch; lang: Lang }) {
  return (
    <div class="batch-print" data-testid="batch-print">
      <style>{batchCss(batch, lang)}</style>
      {/* Markup from our own components, every value escaped by Preact (batchMarkup). */}
      <div dangerouslySetInnerHTML={{ __html: batchMarkup(batch, lang) }} />
    </div>
  );
}
