/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { buildYearEndBatch, type YearEndBatch } from '../../../core/batch/year-end.ts';
import { todayIso, yearOf } from '../../../core/i18n/dates.ts';
import { formatDateLong, formatKronor, type Lang } from '../../../core/i18n/format.ts';
import { loadEmployeeCases } from '../../../core/store/records.ts';
import {
  listSentBatches,
  markBatchesSent,
  resolveSentBatches,
  type SentBatchState,
  sentMarkFor,
} from '../../../core/store/year-end.ts';
import { ProviderApproval } from '../ApprovalNotices.tsx';
import { announceChange, db, employeeHref, employers, lang, revision, tr } from '../state.ts';
import { useAsync } from '../use-async.ts';
import '../year.css';
import { BatchPrint } from './BatchPrint.tsx';
import { batchZip, zipFileName } from './batch-files.tsx';
import { SinceSent } from './SinceSent.tsx';
import { sentDb } from './sent-db.ts';
import { BATCH_TEXT as T } from './text.ts';

/**
 * The year's default: in January to March the year just ended (FK's deadline is 1 February),
 * otherwise the current one, when the records have insatser then.
 */
export function defaultYear(years: readonly number[], today: string): number | undefined {
  const current = yearOf(today);
  const preferred = Number(today.slice(5, 7)) <= 3 ? current - 1 : current;
  if (years.includes(preferred)) return preferred;
  return years.find((y) => y <= current) ?? years[0];
}

/** "Årsavslut": every invoice basis and 7026 report of a year, printed at once or as a ZIP. */
export function YearEndView() {
  const today = todayIso();
  const cases = useAsync(async () => loadEmployeeCases(await db()), [revision.value]);
  const chosenYear = useSignal<number | undefined>(undefined);
  const employerId = useSignal('');
  const printing = useSignal(false);
  const sentRevision = useSignal(0);
  const onlyUnsent = useSignal(false);
  const message = useSignal<string | null>(null);
  const l = lang.value;

  const years = useMemo(() => {
    const all = new Set<number>();
    for (const c of cases ?? []) for (const i of c.insatser) all.add(yearOf(i.performedOn));
    return [...all].sort((a, b) => b - a);
  }, [cases]);
  const year = chosenYear.value ?? defaultYear(years, today);
  const sent = useAsync(async () => {
    if (year === undefined || !cases) return undefined;
    const stored = await listSentBatches(await sentDb(), year);
    return { stored, ...(await resolveSentBatches(await db(), stored, cases)) };
  }, [year, cases, sentRevision.value]);
  const batch = useMemo(() => {
    if (!cases || year === undefined) return undefined;
    // "Only new and changed": the employees a sent mark covers, as they are now, left out.
    const covered = new Set(
      onlyUnsent.value ? (sent?.marks ?? []).flatMap((m) => m.employeeIds) : [],
    );
    return buildYearEndBatch(
      covered.size > 0 ? cases.filter((c) => !covered.has(c.employee.id)) : cases,
      { year, asOf: today, ...(employerId.value ? { employerId: employerId.value } : {}) },
    );
  }, [cases, year, employerId.value, today, onlyUnsent.value, sent]);

  useEffect(() => {
    if (!printing.value) return;
    const done = () => {
      printing.value = false;
    };
    addEventListener('afterprint', done, { once: true });
    // The documents are in the page now; the print dialog takes them as they are.
    const frame = requestAnimationFrame(() => print());
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('afterprint', done);
    };
  }, [printing.value]);

  if (cases === undefined) return <p>{tr('loading')}</p>;

  function saveZip() {
    if (!batch) return;
    const blob = new Blob([batchZip(batch, l)], { type: 'application/zip' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    const one = employerId.value
      ? employers.value.find((e) => e.id === employerId.value)
      : undefined;
    a.download = zipFileName(batch, one?.name);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function markSent() {
    if (!batch || !cases) return;
    const caseOf = new Map(cases.map((c) => [c.employee.id, c]));
    const previous = new Map((sent?.batches ?? []).map((b) => [b.employerId, b.mark]));
    const d = await db();
    const marks = await Promise.all(
      batch.employers.map((e) => {
        const before = previous.get(e.employer.id);
        return sentMarkFor(d, {
          employerId: e.employer.id,
          year: batch.year,
          sentOn: today,
          // What was sent: the documents of employees without missing data.
          cases: e.employees
            .filter((m) => m.missing.length === 0)
            .map((m) => caseOf.get(m.employee.id))
            .filter((c) => c !== undefined),
          fk: e.totals.fk,
          ...(before ? { previous: before } : {}),
        });
      }),
    );
    await markBatchesSent(
      await sentDb(),
      marks,
      batch.employers.flatMap((e) => previous.get(e.employer.id)?.id ?? []),
    );
    // Everything is sent now: the whole batch again, each employer marked.
    onlyUnsent.value = false;
    sentRevision.value++;
    // The deadlines page in other tabs and the toolbar badge count these deadlines as sent now.
    announceChange();
    message.value = tr(T.markedSent);
  }

  const sentOf = new Map((sent?.batches ?? []).map((s) => [s.employerId, s]));
  const anyUnsent = (sent?.batches ?? []).some((b) => b.added.length + b.changed.length > 0);
  const incomplete = batch?.employers.flatMap((e) =>
    e.employees.filter((m) => m.missing.length > 0).map((m) => ({ e, m })),
  );
  const employeeCount = batch?.employers.reduce((n, e) => n + e.employees.length, 0) ?? 0;
  return (
    <section aria-labelledby="year-end-heading" class="year-end">
      <div class="no-print">
        <h2 id="year-end-heading">{tr(T.yearEndHeading)}</h2>
        <p>{tr(T.yearEndIntro)}</p>
        <div class="filters">
          <div class="field">
            <label for="year-end-year">{tr(T.chooseYear)}</label>
            <select
              id="year-end-year"
              value={year === undefined ? '' : String(year)}
              onChange={(ev) => {
                chosenYear.value = Number(ev.currentTarget.value);
                message.value = null;
              }}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="year-end-employer">{tr(T.chooseEmployer)}</label>
            <select
              id="year-end-employer"
              value={employerId.value}
              onChange={(ev) => {
                employerId.value = ev.currentTarget.value;
                message.value = null;
              }}
            >
              <option value="">{tr(T.allEmployers)}</option>
              {employers.value.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <SinceSent batches={sent?.batches ?? []} />
        {(anyUnsent || onlyUnsent.value) && (
          <label class="inline">
            <input
              type="checkbox"
              checked={onlyUnsent.value}
              onChange={(ev) => {
                onlyUnsent.value = ev.currentTarget.checked;
                message.value = null;
              }}
            />{' '}
            {tr(T.onlyUnsent)}
          </label>
        )}
        {!batch || batch.employers.length === 0 ? (
          <p>{tr(onlyUnsent.value ? T.allSent : T.nothingInYear)}</p>
        ) : (
          <>
            <ProviderNotices batch={batch} />
            <p data-testid="batch-summary">
              {tr(T.batchSummary)}: {batch.employers.length} {tr(T.employersWord)}, {employeeCount}{' '}
              {tr(T.employeesWord)}, {batch.documents} {tr(T.documentsWord)}.
            </p>
            {incomplete && incomplete.length > 0 && (
              <div class="missing" role="alert" data-testid="batch-missing">
                <p>{tr(T.missingFirst)}</p>
                <ul>
                  {incomplete.map(({ e, m }) => (
                    <li key={m.employee.id}>
                      <a href={employeeHref(m.employee.id)}>{m.employee.name}</a> ({e.employer.name}
                      ): {m.missing.map((x) => x[l]).join(' ')}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <p class="actions">
              <button
                type="button"
                disabled={batch.documents === 0}
                onClick={() => {
                  printing.value = true;
                }}
              >
                {tr(T.printAll)} ({batch.documents} {tr(T.documentsWord)})
              </button>{' '}
              <button type="button" disabled={batch.documents === 0} onClick={saveZip}>
                {tr(T.saveZip)}
              </button>{' '}
              <button type="button" onClick={markSent}>
                {tr(T.markSent)}
              </button>
            </p>
            {message.value && (
              <p role="status" class="ok">
                {message.value}
              </p>
            )}
            <table class="split" data-testid="batch-employers">
              <thead>
                <tr>
                  <th scope="col">{tr('employer')}</th>
                  <th scope="col" class="num">
                    {tr('employees')}
                  </th>
                  <th scope="col" class="num">
                    {tr('fk')}
                  </th>
                  <th scope="col">{tr(T.deadlineFk)}</th>
                  <th scope="col">{tr('status')}</th>
                </tr>
              </thead>
              <tbody>
                {batch.employers.map((e) => {
                  const mark = sentOf.get(e.employer.id);
                  return (
                    <tr key={e.employer.id} data-employer={e.employer.id}>
                      <td>{e.employer.name}</td>
                      <td class="num">{e.employees.length}</td>
                      <td class="num">{formatKronor(e.totals.fk)}</td>
                      <td>{formatDateLong(e.deadline.legal, l)}</td>
                      <td data-sent={mark ? mark.sentOn : ''}>
                        {mark ? sentText(mark, l) : tr(T.notSent)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
      {printing.value && batch && <BatchPrint batch={batch} lang={l} />}
    </section>
  );
}

/** "Skickat 12 januari 2027", and how many were added or changed after it was sent. */
function sentText(mark: SentBatchState, l: Lang): string {
  const text = `${T.sentOn[l]} ${formatDateLong(mark.sentOn, l)}`;
  const since = [
    mark.added.length > 0 ? `${T.addedSince[l]}: ${mark.added.length} ${T.employeesWord[l]}` : '',
    mark.changed.length > 0
      ? `${T.changedSince[l]}: ${mark.changed.length} ${T.employeesWord[l]}`
      : '',
  ].filter(Boolean);
  return since.length > 0 ? `${text}; ${since.join('; ')}` : text;
}

/**
 * FK-PROVIDER before anything is sent: a provider not marked as approved gets nothing from FK, so
 * the batch's FK amounts are 0 kr; FK's list, when imported, is checked too.
 */
function ProviderNotices({ batch }: { batch: YearEndBatch }) {
  const providers = new Map(
    batch.employers.flatMap((e) => (e.provider ? [[e.provider.id, e.provider] as const] : [])),
  );
  return (
    <>
      {[...providers.values()].map((p) => (
        <div key={p.id}>
          {!p.fkApproved && (
            <p class="warning" data-testid="provider-not-approved">
              {p.name}: {tr(T.providerNotApproved)} <a href="#/anordnare">{tr('navProvider')}</a>
            </p>
          )}
          <ProviderApproval organisationsnummer={p.organisationsnummer} />
        </div>
      ))}
    </>
  );
}
