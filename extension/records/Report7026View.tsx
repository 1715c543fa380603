/** @jsxImportSource preact */
import { build7026Report } from '../../core/documents/report-7026.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { CATEGORIES } from '../../core/rules/categories.ts';
import { loadEmployeeCase } from '../../core/store/records.ts';
import { MissingList } from './MissingList.tsx';
import { Report7026Body } from './Report7026Body.tsx';
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
            <Report7026Body report={report} t={tr} lang={lang.value} />
          </article>
        </>
      )}
    </section>
  );
}
