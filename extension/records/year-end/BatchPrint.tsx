/** @jsxImportSource preact */
/**
 * The print job of the year-end batch: the documents' markup as text (the same text the ZIP's
 * files hold), put into the page in one go. Building thousands of documents' DOM node by node
 * through Preact took several times longer than the browser's own parser takes for the text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
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

/**
 * The markup parsed as an inert document (no script in it runs, and the extension's CSP allows
 * none inline) and its nodes moved into the page: no HTML is assigned from a string, which is
 * what addons-linter warns of (scripts/lint-firefox.mjs keeps the sources free of it).
 */
function placeMarkup(into: HTMLElement, markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  // A copy of the list first: adopting a node takes it out of the live `childNodes`.
  const nodes = Array.from(parsed.body.childNodes);
  into.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
}

export function BatchPrint({ batch, lang }: { batch: YearEndBatch; lang: Lang }) {
  const documents = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (documents.current) placeMarkup(documents.current, batchMarkup(batch, lang));
  }, [batch, lang]);
  return (
    <div class="batch-print" data-testid="batch-print">
      <style>{batchCss(batch, lang)}</style>
      {/* Markup from our own components, every value escaped by Preact (batchMarkup). */}
      <div ref={documents} />
    </div>
  );
}
