/** @jsxImportSource preact */
/**
 * FK-7026 for one employee, drawn once for the dashboard's page and for the year-end batch (print
 * and ZIP): whom it concerns, the employer, the provider, each insats with its kinds, dates,
 * performer, cost, description and positions taken, and the date and signature lines. The title
 * is the caller's, as each page heads its document its own way.
 */
import { formatDateLong, formatKronor, type Lang } from '../../core/i18n/format.ts';
import { CATEGORIES, FK_KIND_LABELS } from '../../core/rules/categories.ts';
import type { Report7026 } from '../../core/schema/documents.ts';
import type { TextKey } from './text.ts';

export function Report7026Body({
  report,
  t,
  lang,
}: {
  report: Report7026;
  /** The words, in the language the document is drawn in. */
  t: (key: TextKey) => string;
  lang: Lang;
}) {
  return (
    <>
      <h3>{t('concerns')}</h3>
      <dl class="facts">
        <dt>{t('name')}</dt>
        <dd>{report.concerns.name}</dd>
        <dt>{t('personnummer')}</dt>
        <dd>{report.concerns.personnummer}</dd>
      </dl>
      <h3>{t('employer')}</h3>
      <dl class="facts">
        <dt>{t('name')}</dt>
        <dd>{report.employer.name}</dd>
        <dt>{t('organisationsnummer')}</dt>
        <dd>{report.employer.organisationsnummer}</dd>
      </dl>
      <h3>{t('provider')}</h3>
      <dl class="facts">
        <dt>{t('name')}</dt>
        <dd>{report.provider.name}</dd>
        <dt>{t('organisationsnummer')}</dt>
        <dd>{report.provider.organisationsnummer}</dd>
        <dt>{t('fkApproved')}</dt>
        <dd>{report.provider.fkApproved ? t('yes') : t('no')}</dd>
      </dl>
      <h3>{t('insatser')}</h3>
      {report.insatser.map((i, n) => (
        <section class="report-insats" key={n}>
          <h4>
            {n + 1}. {i.name}
          </h4>
          <dl class="facts">
            <dt>{t('category')}</dt>
            <dd>{CATEGORIES[i.category][lang]}</dd>
            <dt>{t('kinds')}</dt>
            <dd>{i.kinds.map((k) => FK_KIND_LABELS[k][lang]).join(', ')}</dd>
            <dt>{t('started')}</dt>
            <dd>{formatDateLong(i.startedOn, lang)}</dd>
            <dt>{t('date')}</dt>
            <dd>{formatDateLong(i.performedOn, lang)}</dd>
            <dt>{t('performer')}</dt>
            <dd>
              {i.performer}, {i.competence}
            </dd>
            <dt>{t('cost')}</dt>
            <dd>{formatKronor(i.cost)}</dd>
            {i.description && (
              <>
                <dt>{t('description')}</dt>
                <dd>{i.description}</dd>
              </>
            )}
            {i.positions && (
              <>
                <dt>{t('positionsShort')}</dt>
                <dd>
                  <ul>
                    {i.positions.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        </section>
      ))}
      <dl class="facts signature">
        <dt>{t('writtenOn')}</dt>
        <dd>{formatDateLong(report.writtenOn, lang)}</dd>
        <dt>{t('signature')}</dt>
        <dd class="signature-line" />
      </dl>
    </>
  );
}
