/** @jsxImportSource preact */
/**
 * The year-end batch as separate files in one ZIP (fflate's `zipSync`): a cover list per
 * employer and each employee's documents as self-contained HTML, printable on A4, named by the
 * employer and the employee's number only.
 */
import { strToU8, zipSync } from 'fflate';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  type BatchFile,
  batchFiles,
  slug,
  type YearEndBatch,
} from '../../../core/batch/year-end.ts';
import type { Lang } from '../../../core/i18n/format.ts';
import {
  CoverList,
  InvoiceBasisDocument,
  providerKey,
  Report7026Document,
} from './BatchDocuments.tsx';
import { batchCss } from './batch-style.ts';
import { BATCH_TEXT } from './text.ts';

/** Markup of a component as text; Preact escapes every text and attribute as it renders. */
function markup(vnode: VNode): string {
  return renderToString(vnode);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fileBody(batch: YearEndBatch, file: BatchFile, lang: Lang): string {
  const e = batch.employers.find((x) => x.employer.id === file.employerId);
  if (!e) return '';
  if (file.kind === 'cover') return markup(<CoverList e={e} year={batch.year} lang={lang} />);
  const m = e.employees.find((x) => x.number === file.number);
  if (!m) return '';
  const provider = providerKey(e);
  if (file.kind === 'invoice') {
    return markup(<InvoiceBasisDocument result={m.invoice} lang={lang} provider={provider} />);
  }
  return m.report?.report
    ? markup(<Report7026Document report={m.report.report} lang={lang} provider={provider} />)
    : '';
}

function fileTitle(batch: YearEndBatch, file: BatchFile, lang: Lang): string {
  const e = batch.employers.find((x) => x.employer.id === file.employerId);
  const what =
    file.kind === 'cover'
      ? BATCH_TEXT.fileCover[lang]
      : `${file.kind === 'invoice' ? BATCH_TEXT.fileInvoice[lang] : BATCH_TEXT.file7026[lang]}, ${BATCH_TEXT.employeeNumber[lang]} ${file.number}`;
  return `${what}, ${e?.employer.name ?? ''}, ${batch.year}`;
}

export interface BatchFileContent extends BatchFile {
  html: string;
}

/** Every file of the batch with its HTML. */
export function batchFileContents(batch: YearEndBatch, lang: Lang): BatchFileContent[] {
  const css = batchCss(batch, lang);
  return batchFiles(batch).map((file) => ({
    ...file,
    html: `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(fileTitle(batch, file, lang))}</title>
<style>${css}</style>
</head>
<body>
${fileBody(batch, file, lang)}
</body>
</html>
`,
  }));
}

export function batchZip(batch: YearEndBatch, lang: Lang): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const f of batchFileContents(batch, lang)) entries[f.path] = strToU8(f.html);
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** `arsavslut-2026.zip`, or `arsavslut-2026-exempelby-kommun.zip` for one employer. */
export function zipFileName(batch: YearEndBatch, employerName?: string): string {
  return `arsavslut-${batch.year}${employerName ? `-${slug(employerName)}` : ''}.zip`;
}
