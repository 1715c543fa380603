/** @jsxImportSource preact */
/**
 * The documents of the year-end batch, drawn from the language passed in rather than the
 * dashboard's signal, so that the same components fill the print job and the files in the ZIP.
 */
import type { BatchEmployee, BatchEmployer } from '../../../core/batch/year-end.ts';
import type { InvoiceBasisResult } from '../../../core/documents/invoice-basis.ts';
import { formatDateLong, formatKronor, type Lang } from '../../../core/i18n/format.ts';
import type { Report7026 } from '../../../core/schema/documents.ts';
import { InvoiceBasisBody } from '../InvoiceBasisBody.tsx';
import { Report7026Body } from '../Report7026Body.tsx';
import { TEXT, type TextKey } from '../text.ts';
import { BATCH_TEXT } from './text.ts';

type Words = (key: TextKey | keyof typeof BATCH_TEXT) => string;

function words(lang: Lang): Words {
  return (key) =>
    (key in BATCH_TEXT ? BATCH_TEXT[key as keyof typeof BATCH_TEXT] : TEXT[key as TextKey])[lang];
}

/** Per employer: what the batch holds, FK's amount per employee and the deadline. */
export function CoverList({ e, year, lang }: { e: BatchEmployer; year: number; lang: Lang }) {
  const w = words(lang);
  return (
    <article class="batch-doc cover" data-doc="cover" data-provider={providerKey(e)}>
      <h2>
        {w('coverTitle')} {year}: {e.employer.name}
      </h2>
      <dl class="facts">
        <dt>{w('organisationsnummer')}</dt>
        <dd>{e.employer.organisationsnummer}</dd>
        <dt>{w('deadlineFk')}</dt>
        <dd data-deadline={e.deadline.legal}>
          {formatDateLong(e.deadline.legal, lang)}
          {e.deadline.stated !== e.deadline.legal &&
            ` (${w('statedDate')} ${formatDateLong(e.deadline.stated, lang)})`}
        </dd>
      </dl>
      <table class="split">
        <thead>
          <tr>
            <th scope="col">{w('numberShort')}</th>
            <th scope="col">{w('employee')}</th>
            <th scope="col">{w('contents')}</th>
            <th scope="col" class="num">
              {w('cost')}
            </th>
            <th scope="col" class="num">
              {w('fk')}
            </th>
            <th scope="col" class="num">
              {w('afa')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.employees.map((m) => (
            <tr key={m.employee.id} data-employee-number={m.number}>
              <td>{m.number}</td>
              <td>{m.employee.name}</td>
              <td>{contents(m, w)}</td>
              <td class="num">{formatKronor(m.totals.cost)}</td>
              <td class="num" data-fk>
                {formatKronor(m.totals.fk)}
              </td>
              <td class="num">{formatKronor(m.totals.afa)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {w('total')}
            </th>
            <td class="num">{formatKronor(e.totals.cost)}</td>
            <td class="num" data-total-fk>
              {formatKronor(e.totals.fk)}
            </td>
            <td class="num">{formatKronor(e.totals.afa)}</td>
          </tr>
        </tfoot>
      </table>
      <p>{w('coverNote')}</p>
    </article>
  );
}

function contents(m: BatchEmployee, w: Words): string {
  const parts: string[] = [];
  if (m.invoice.basis) parts.push(w('openInvoice'));
  if (m.report?.report) parts.push(w('open7026'));
  if (m.missing.length > 0) parts.push(w('missingShort'));
  return parts.join(', ');
}

/** Documents of employers with the same provider share a named page with that header. */
export function providerKey(e: BatchEmployer): string {
  return e.provider ? e.provider.organisationsnummer : 'none';
}

export function InvoiceBasisDocument({
  result,
  lang,
  provider,
}: {
  result: InvoiceBasisResult;
  lang: Lang;
  provider: string;
}) {
  if (!result.basis) return null;
  const w = words(lang);
  return (
    <article class="batch-doc report" data-doc="invoice" data-provider={provider}>
      <h2>{w('invoiceTitle')}</h2>
      <InvoiceBasisBody result={result} t={w} />
    </article>
  );
}

export function Report7026Document({
  report,
  lang,
  provider,
}: {
  report: Report7026;
  lang: Lang;
  provider: string;
}) {
  const w = words(lang);
  return (
    <article class="batch-doc report" data-doc="7026" data-provider={provider}>
      <h2>{w('report7026Title')}</h2>
      <Report7026Body report={report} t={w} lang={lang} />
    </article>
  );
}

/** One employer's part of the batch: its cover list, then each employee's documents. */
export function EmployerDocuments({
  e,
  year,
  lang,
}: {
  e: BatchEmployer;
  year: number;
  lang: Lang;
}) {
  const provider = providerKey(e);
  return (
    <>
      <CoverList e={e} year={year} lang={lang} />
      {e.employees.map((m) => (
        <div key={m.employee.id} data-employee={m.employee.id}>
          <InvoiceBasisDocument result={m.invoice} lang={lang} provider={provider} />
          {m.report?.report && (
            <Report7026Document report={m.report.report} lang={lang} provider={provider} />
          )}
        </div>
      ))}
    </>
  );
}
