/**
 * The print styles of the year-end batch, as text: the same rules go into the dashboard's print
 * job and into every file of the ZIP. Each document starts on a new A4 page; the page header
 * names the provider (a named page per provider, since CSS cannot read the header from the
 * page) and the footer numbers the pages. The face is Arial or a metric twin (Liberation Sans on
 * Linux), a plain print face: laying out the batch's thousands of documents in it took about a
 * quarter less time in Chromium here than in DejaVu Sans, which system-ui gives on Debian.
 * On screen a document out of view is not laid out (`content-visibility: auto`): the print job
 * lays every page out itself, so the screen's layout of thousands of documents before `print()`
 * was work done twice. Print media is untouched: every page, header and page number as before.
 */
import type { YearEndBatch } from '../../../core/batch/year-end.ts';
import type { Lang } from '../../../core/i18n/format.ts';
import { providerKey } from './BatchDocuments.tsx';
import { BATCH_TEXT } from './text.ts';

/** A CSS string literal; `<` is escaped so that a name can never close the style element. */
export function cssString(s: string): string {
  return `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n\f]+/g, ' ')}"`;
}

const DOCUMENT_CSS = `
.batch-doc { break-before: page; font-family: Arial, 'Liberation Sans', Helvetica, sans-serif; color: #1b1b1b; line-height: 1.4; }
.batch-doc h2 { font-size: 14pt; margin: 0 0 0.6em; }
.batch-doc h3 { font-size: 11.5pt; margin: 1em 0 0.3em; }
.batch-doc h4 { font-size: 10.5pt; margin: 0.8em 0 0.2em; }
.batch-doc table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
.batch-doc th, .batch-doc td { text-align: left; padding: 0.25em 0.4em; border-bottom: 1px solid #ccc; vertical-align: top; }
.batch-doc .num { text-align: right; white-space: nowrap; }
.batch-doc .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
.batch-doc .facts dd { margin: 0; }
.batch-doc .signature-line { border-bottom: 1px solid #000; min-height: 2.5em; }
.batch-doc tr, .batch-doc .report-insats { break-inside: avoid; }
@media screen { .batch-doc { content-visibility: auto; contain-intrinsic-size: auto 1100px; } }
`;

/** The print rules for one batch in one language. */
export function batchCss(batch: YearEndBatch, lang: Lang): string {
  const providers = new Map<string, string>();
  for (const e of batch.employers) {
    providers.set(
      providerKey(e),
      e.provider
        ? `${e.provider.name}, ${e.provider.organisationsnummer}`
        : BATCH_TEXT.noProvider[lang],
    );
  }
  const pages = [...providers].map(([key, header], i) => {
    const name = `batch-provider-${i}`;
    return `.batch-doc[data-provider=${cssString(key)}] { page: ${name}; }
@page ${name} {
  size: A4;
  margin: 22mm 16mm 18mm;
  @top-left { content: ${cssString(header)}; font: 9pt Arial, 'Liberation Sans', Helvetica, sans-serif; }
  @bottom-right { content: ${cssString(`${BATCH_TEXT.page[lang]} `)} counter(page) ${cssString(` ${BATCH_TEXT.pageOf[lang]} `)} counter(pages); font: 9pt Arial, 'Liberation Sans', Helvetica, sans-serif; }
}`;
  });
  return `${DOCUMENT_CSS}\n${pages.join('\n')}\n`;
}
