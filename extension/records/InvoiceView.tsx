/** @jsxImportSource preact */
import { buildInvoiceBasis } from '../../core/documents/invoice-basis.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { formatKronor } from '../../core/i18n/format.ts';
import { loadCaseWithPriors } from './load-case.ts';
import { MissingList } from './MissingList.tsx';
import { employeeHref, revision, tr } from './state.ts';
import { useAsync } from './use-async.ts';
import { YearPicker, yearsOf } from './YearPicker.tsx';

/** FK-INVOICE and AFA-INVOICE: one employee, one row per insats and date, FK and Afa parts. */
export function InvoiceView({ employeeId, year }: { employeeId: string; year?: number }) {
  const today = todayIso();
  const loaded = useAsync(
    () => loadCaseWithPriors(employeeId, today),
    [employeeId, today, revision.value],
  );
  if (loaded === undefined) return <p>{tr('loading')}</p>;
  if (loaded === null) return <p>{tr('notFound')}</p>;
  const { basis, missing, totals } = buildInvoiceBasis(loaded.c, today, {
    year,
    priorFkGrants: loaded.priors,
  });
  const base = employeeHref(employeeId);
  return (
    <section class="document" aria-labelledby="invoice-heading">
      <p class="no-print">
        <a href={base}>{tr('backToEmployee')}</a>
      </p>
      <YearPicker base={`${base}/faktura`} years={yearsOf(loaded.c.insatser)} current={year} />
      <MissingList missing={missing} />
      {basis && (
        <>
          <p class="no-print">
            <button type="button" onClick={() => print()}>
              {tr('print')}
            </button>
          </p>
          <article class="report" data-report="invoice">
            <h2 id="invoice-heading">{tr('invoiceTitle')}</h2>
            <dl class="facts">
              <dt>{tr('employee')}</dt>
              <dd>
                {basis.employee.name}, {basis.employee.personnummer}
              </dd>
              <dt>{tr('employer')}</dt>
              <dd>
                {basis.employer.name}, {basis.employer.organisationsnummer}
              </dd>
              <dt>{tr('provider')}</dt>
              <dd>
                {basis.provider.name}, {basis.provider.organisationsnummer}
              </dd>
            </dl>
            <table class="split">
              <thead>
                <tr>
                  <th scope="col">{tr('date')}</th>
                  <th scope="col">{tr('started')}</th>
                  <th scope="col">{tr('insats')}</th>
                  <th scope="col">{tr('performer')}</th>
                  <th scope="col">{tr('digital')}</th>
                  <th scope="col" class="num">
                    {tr('cost')}
                  </th>
                  <th scope="col" class="num">
                    {tr('fk')}
                  </th>
                  <th scope="col" class="num">
                    {tr('afa')}
                  </th>
                  <th scope="col" class="num">
                    {tr('employerPays')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {basis.rows.map((r) => (
                  <tr key={r.insatsId}>
                    <td>{r.performedOn}</td>
                    <td>{r.startedOn}</td>
                    <td>{r.name}</td>
                    <td>
                      {r.performer}, {r.competence}
                    </td>
                    <td>{r.digital === undefined ? '–' : r.digital ? tr('yes') : tr('no')}</td>
                    <td class="num">{formatKronor(r.cost)}</td>
                    <td class="num">{formatKronor(r.fk)}</td>
                    <td class="num">{formatKronor(r.afa)}</td>
                    <td class="num">{formatKronor(r.employerPays)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    {tr('total')}
                  </th>
                  <td class="num">{formatKronor(totals.cost)}</td>
                  <td class="num">{formatKronor(totals.fk)}</td>
                  <td class="num">{formatKronor(totals.afa)}</td>
                  <td class="num">{formatKronor(totals.employerPays)}</td>
                </tr>
              </tfoot>
            </table>
            <p>{tr('invoiceNote')}</p>
          </article>
        </>
      )}
    </section>
  );
}
