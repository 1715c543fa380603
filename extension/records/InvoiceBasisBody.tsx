/** @jsxImportSource preact */
/**
 * FK's invoice basis for one employee, drawn once for the dashboard's page and for the year-end
 * batch (print and ZIP): who, one row per insats with FK's, Afa's and the employer's parts, which
 * rows the application to FK is about, the totals, and the VAT note.
 */
import type { InvoiceBasisResult } from '../../core/documents/invoice-basis.ts';
import { formatKronor } from '../../core/i18n/format.ts';
import type { TextKey } from './text.ts';

export function InvoiceBasisBody({
  result,
  t,
}: {
  result: InvoiceBasisResult;
  /** The words, in the language the document is drawn in. */
  t: (key: TextKey) => string;
}) {
  const { basis, totals, vatIncluded, fkClaim } = result;
  if (!basis) return null;
  return (
    <>
      <dl class="facts">
        <dt>{t('employee')}</dt>
        <dd>
          {basis.employee.name}, {basis.employee.personnummer}
        </dd>
        <dt>{t('employer')}</dt>
        <dd>
          {basis.employer.name}, {basis.employer.organisationsnummer}
        </dd>
        <dt>{t('provider')}</dt>
        <dd>
          {basis.provider.name}, {basis.provider.organisationsnummer}
        </dd>
      </dl>
      <table class="split">
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('started')}</th>
            <th scope="col">{t('insats')}</th>
            <th scope="col">{t('performer')}</th>
            <th scope="col">{t('digital')}</th>
            <th scope="col" class="num">
              {t('cost')}
            </th>
            <th scope="col" class="num">
              {t('fk')}
            </th>
            <th scope="col" class="num">
              {t('afa')}
            </th>
            <th scope="col" class="num">
              {t('employerPays')}
            </th>
            <th scope="col">{t('inFkClaim')}</th>
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
              <td>{r.digital === undefined ? '–' : r.digital ? t('yes') : t('no')}</td>
              <td class="num">{formatKronor(r.cost)}</td>
              <td class="num">{formatKronor(r.fk)}</td>
              <td class="num">{formatKronor(r.afa)}</td>
              <td class="num">{formatKronor(r.employerPays)}</td>
              <td data-in-fk-claim>
                {fkClaim?.insatsIds.includes(r.insatsId) ? t('yes') : t('no')}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {fkClaim && (
            <tr data-total-row="fk-claim">
              <th scope="row" colSpan={5}>
                {t('fkClaimTotal')}
              </th>
              <td class="num">{formatKronor(fkClaim.cost)}</td>
              <td class="num">{formatKronor(fkClaim.fk)}</td>
              <td class="num">{formatKronor(fkClaim.afa)}</td>
              <td class="num">{formatKronor(fkClaim.employerPays)}</td>
              <td />
            </tr>
          )}
          <tr data-total-row="all">
            <th scope="row" colSpan={5}>
              {t('allTotal')}
            </th>
            <td class="num">{formatKronor(totals.cost)}</td>
            <td class="num">{formatKronor(totals.fk)}</td>
            <td class="num">{formatKronor(totals.afa)}</td>
            <td class="num">{formatKronor(totals.employerPays)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {totals.vat > 0 && (
        <p data-vat-note>
          {t('vatTotal')} {formatKronor(totals.vat)}
          {vatIncluded ? ` (${t('vatIncluded')})` : ''}. {t('vatAssumption')}
        </p>
      )}
      <p>{t('invoiceNote')}</p>
    </>
  );
}
