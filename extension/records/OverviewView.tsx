/** @jsxImportSource preact */
import { capsAndDeadlines } from '../../core/documents/caps-and-deadlines.ts';
import type { DeadlineItem } from '../../core/documents/deadlines.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import { DUE_SOON_DAYS } from '../../core/register/register.ts';
import { getRevision, loadEmployeeCases, putApplication } from '../../core/store/records.ts';
import { listAllSentBatches, resolveSentBatches } from '../../core/store/year-end.ts';
import { db, employeeHref, employers, lang, revision, tr, writeOnRead } from './state.ts';
import { TEXT } from './text.ts';
import { useAsync } from './use-async.ts';
import { SinceSent } from './year-end/SinceSent.tsx';
import { sentDb } from './year-end/sent-db.ts';
import { BATCH_TEXT } from './year-end/text.ts';

/** Per employer and year, how much of the caps is used; and every deadline, soonest first. */
export function OverviewView() {
  const today = todayIso();
  const read = useAsync(async () => {
    const d = await db();
    // Read first: a write in between then makes a click here stale, never the reverse.
    const at = await getRevision(d);
    const [cases, marks] = await Promise.all([
      loadEmployeeCases(d),
      sentDb().then(listAllSentBatches),
    ]);
    // A sent batch covers the employees it held, as they were then: not those added since.
    const sent = await resolveSentBatches(d, marks, cases);
    return { at, cases, sent };
  }, [revision.value]);
  if (read === undefined) return <p>{tr('loading')}</p>;
  const { at, cases, sent } = read;
  const l = lang.value;
  const overview = capsAndDeadlines(cases, today, sent.marks);
  const deadlines = overview.deadlines.filter((d) => !d.applied);
  const upcoming = deadlines.filter((d) => !d.passed);
  const passed = deadlines.filter((d) => d.passed).reverse();
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{tr('navOverview')}</h2>
      <h3>{tr('deadlinesHeading')}</h3>
      <SinceSent batches={sent.batches} link />
      {deadlines.length === 0 ? (
        <p>{tr('noDeadlines')}</p>
      ) : (
        <table class="deadlines" data-testid="deadlines">
          <thead>
            <tr>
              <th scope="col">{tr('lastDay')}</th>
              <th scope="col">{tr('payer')}</th>
              <th scope="col">{tr('employee')}</th>
              <th scope="col">{tr('employer')}</th>
              <th scope="col" class="num">
                {tr('atStake')}
              </th>
              <th scope="col">{tr('status')}</th>
              <th scope="col">
                <span class="visually-hidden">{tr('markApplied')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...upcoming, ...passed].map((d) => (
              <tr
                key={`${d.payer}-${d.date}-${d.employeeId}`}
                class={
                  d.passed
                    ? 'passed'
                    : d.sentOn
                      ? 'sent'
                      : d.daysLeft <= DUE_SOON_DAYS
                        ? 'soon'
                        : ''
                }
                data-sent={d.sentOn ?? ''}
              >
                <td>
                  {formatDateLong(d.date, l)}
                  {d.stated && (
                    <div class="muted">
                      {tr('statedDate')} {formatDateLong(d.stated, l)}
                    </div>
                  )}
                </td>
                <td>{d.payer === 'fk' ? tr('fk') : tr('afa')}</td>
                <td>
                  <a href={employeeHref(d.employeeId)}>{d.employeeName}</a>
                </td>
                <td>{d.employerName}</td>
                <td class="num">{formatKronor(d.atStake)}</td>
                <td>
                  {d.passed
                    ? `${tr('passed')} – ${tr('lost').toLowerCase()}`
                    : d.sentOn
                      ? `${tr(BATCH_TEXT.deadlineSent)} ${formatDateLong(d.sentOn, l)} (${d.daysLeft} ${tr('daysLeft')})`
                      : `${d.daysLeft} ${tr('daysLeft')}`}
                </td>
                <td>
                  {!d.passed && (
                    <button type="button" onClick={() => markApplied(d, today, at)}>
                      {tr('markApplied')}
                      <span class="visually-hidden">
                        {' '}
                        {d.payer === 'fk' ? tr('fk') : tr('afa')} {d.employeeName}
                      </span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{tr('capsHeading')}</h3>
      <p class="muted">{tr('capApprox')}</p>
      {employers.value.map((employer) => {
        const usage = overview.caps.get(employer.id) ?? [];
        if (usage.length === 0) return null;
        return (
          <section key={employer.id} aria-label={employer.name} class="caps">
            <h4>{employer.name}</h4>
            {usage.map((y) => (
              <div key={y.year} data-year={y.year}>
                <p>
                  <strong>{y.year}</strong>: {tr('employerCap')} {formatKronor(y.fk)} {tr('of')}{' '}
                  {formatKronor(y.employerCap)} {tr('used')}{' '}
                  <meter min={0} max={y.employerCap} value={y.fk} aria-hidden="true" />
                </p>
                <ul>
                  {y.employees.map((e) => (
                    <li key={e.employeeId}>
                      {e.name}: {formatKronor(e.fk)} {tr('of')} {formatKronor(e.cap)} {tr('used')}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}

/** Records that the employer has applied for these insatser, so the deadline is no longer open. */
async function markApplied(d: DeadlineItem, today: string, at: number): Promise<void> {
  const store = await db();
  const application = {
    id: `${d.payer}-${d.employeeId}-${d.date}`,
    payer: d.payer,
    employerId: d.employerId,
    employeeId: d.employeeId,
    insatsIds: d.insatsIds,
    year: d.year,
    status: 'inskickad',
    amount: d.atStake,
    submittedOn: today,
  } as const;
  await writeOnRead((o) => putApplication(store, application, o), at, TEXT.appliedSaved);
}
