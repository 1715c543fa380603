/** @jsxImportSource preact */
import { buildAfaInvoiceBasis, buildInvoiceBasis } from '../../core/documents/invoice-basis.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { formatKronor } from '../../core/i18n/format.ts';
import { InvoiceBasisBody } from './InvoiceBasisBody.tsx';
import { loadCaseWithSplits } from './load-case.ts';
import { MissingList } from './MissingList.tsx';
import { employeeHref, revision, tr } from './state.ts';
import { useAsync } from './use-async.ts';
import { YearPicker, yearsOf } from './YearPicker.tsx';

/** FK-INVOICE and AFA-INVOICE: one employee, one row per insats and date, FK and Afa parts. */
export function InvoiceView({ employeeId, year }: { employeeId: string; year?: number }) {
  const today = todayIso();
  const loaded = useAsync(
    () => loadCaseWithSplits(employeeId, today),
    [employeeId, today, revision.value],
  );
  if (loaded === undefined) return <p>{tr('loading')}</p>;
  if (loaded === null) return <p>{tr('notFound')}</p>;
  const invoice = buildInvoiceBasis(loaded.c, loaded.splits, { year });
  const { basis, missing, totals } = invoice;
  const afa = buildAfaInvoiceBasis(loaded.c, loaded.splits, { year });
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
            <InvoiceBasisBody result={invoice} t={tr} />
          </article>
        </>
      )}
      {(afa.basis || afa.missing.length > 0) && totals.afa > 0 && (
        <article class="report" data-report="afa-invoice" aria-labelledby="afa-invoice-heading">
          <h2 id="afa-invoice-heading">{tr('afaInvoiceTitle')}</h2>
          <MissingList missing={afa.missing} />
          {afa.basis && (
            <table class="split">
              <thead>
                <tr>
                  <th scope="col">{tr('started')}</th>
                  <th scope="col">{tr('plannedEnd')}</th>
                  <th scope="col">{tr('insats')}</th>
                  <th scope="col">{tr('performer')}</th>
                  <th scope="col">{tr('digital')}</th>
                  <th scope="col">{tr('plannedSessions')}</th>
                  <th scope="col">{tr('afaReference')}</th>
                  <th scope="col" class="num">
                    {tr('cost')}
                  </th>
                  <th scope="col" class="num">
                    {tr('afa')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {afa.basis.rows.map((r) => (
                  <tr key={r.insatsId}>
                    <td>{r.startedOn}</td>
                    <td>{r.plannedEndOn ?? '–'}</td>
                    <td>
                      {r.name}
                      {r.courseContent && <div class="muted">{r.courseContent}</div>}
                    </td>
                    <td>
                      {r.performer}, {r.competence}
                    </td>
                    <td>{r.digital === undefined ? '–' : r.digital ? tr('yes') : tr('no')}</td>
                    <td>{r.plannedSessions ?? '–'}</td>
                    <td>{r.afaReference ?? '–'}</td>
                    <td class="num">{formatKronor(r.cost)}</td>
                    <td class="num">{formatKronor(r.afa)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {afa.basis?.provider.ivoLicence && (
            <p>
              {tr('ivoLicence')}: {afa.basis.provider.ivoLicence}
            </p>
          )}
          <p>{tr('afaInvoiceNote')}</p>
        </article>
      )}
    </section>
  );
}
