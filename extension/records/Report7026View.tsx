/** @jsxImportSource preact */
import { build7026Report } from '../../core/documents/report-7026.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import { CATEGORIES, FK_KIND_LABELS } from '../../core/rules/categories.ts';
import { loadEmployeeCase } from '../../core/store/records.ts';
import { MissingList } from './MissingList.tsx';
import { db, employeeHref, lang, revision, tr } from './state.ts';
import { useAsync } from './use-async.ts';
import { YearPicker, yearsOf } from './YearPicker.tsx';

/** FK-7026 for one employee, printable on A4; missing data is listed first and blocks printing. */
export function Report7026View({ employeeId, year }: { employeeId: string; year?: number }) {
  const c = useAsync(
    async () => (await loadEmployeeCase(await db(), employeeId)) ?? null,
    [employeeId, revision.value],
  );
  if (c === undefined) return <p>{tr('loading')}</p>;
  if (c === null) return <p>{tr('notFound')}</p>;
  const l = lang.value;
  const { report, missing } = build7026Report(c, todayIso(), { year });
  const base = employeeHref(employeeId);
  return (
    <section class="document" aria-labelledby="report-heading">
      <p class="no-print">
        <a href={base}>{tr('backToEmployee')}</a>
      </p>
      <YearPicker
        base={`${base}/7026`}
        years={yearsOf(c.insatser.filter((i) => CATEGORIES[i.category].fk))}
        current={year}
      />
      <MissingList missing={missing} />
      {report && (
        <>
          <p class="no-print">
            <button type="button" onClick={() => print()}>
              {tr('print')}
            </button>
          </p>
          <article class="report" data-report="7026">
            <h2 id="report-heading">{tr('report7026Title')}</h2>
            <h3>{tr('concerns')}</h3>
            <dl class="facts">
              <dt>{tr('name')}</dt>
              <dd>{report.concerns.name}</dd>
              <dt>{tr('personnummer')}</dt>
              <dd>{report.concerns.personnummer}</dd>
            </dl>
            <h3>{tr('employer')}</h3>
            <dl class="facts">
              <dt>{tr('name')}</dt>
              <dd>{report.employer.name}</dd>
              <dt>{tr('organisationsnummer')}</dt>
              <dd>{report.employer.organisationsnummer}</dd>
            </dl>
            <h3>{tr('provider')}</h3>
            <dl class="facts">
              <dt>{tr('name')}</dt>
              <dd>{report.provider.name}</dd>
              <dt>{tr('organisationsnummer')}</dt>
              <dd>{report.provider.organisationsnummer}</dd>
              <dt>{tr('fkApproved')}</dt>
              <dd>{report.provider.fkApproved ? tr('yes') : tr('no')}</dd>
            </dl>
            <h3>{tr('insatser')}</h3>
            {report.insatser.map((i, n) => (
              <section class="report-insats" key={n}>
                <h4>
                  {n + 1}. {i.name}
                </h4>
                <dl class="facts">
                  <dt>{tr('category')}</dt>
                  <dd>{CATEGORIES[i.category][l]}</dd>
                  <dt>{tr('kinds')}</dt>
                  <dd>{i.kinds.map((k) => FK_KIND_LABELS[k][l]).join(', ')}</dd>
                  <dt>{tr('started')}</dt>
                  <dd>{formatDateLong(i.startedOn, l)}</dd>
                  <dt>{tr('date')}</dt>
                  <dd>{formatDateLong(i.performedOn, l)}</dd>
                  <dt>{tr('performer')}</dt>
                  <dd>
                    {i.performer}, {i.competence}
                  </dd>
                  <dt>{tr('cost')}</dt>
                  <dd>{formatKronor(i.cost)}</dd>
                  {i.description && (
                    <>
                      <dt>{tr('description')}</dt>
                      <dd>{i.description}</dd>
                    </>
                  )}
                  {i.positions && (
                    <>
                      <dt>{tr('positionsShort')}</dt>
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
              <dt>{tr('writtenOn')}</dt>
              <dd>{formatDateLong(report.writtenOn, l)}</dd>
              <dt>{tr('signature')}</dt>
              <dd class="signature-line" />
            </dl>
          </article>
        </>
      )}
    </section>
  );
}
