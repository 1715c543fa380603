/**
 * The register's stored summary per employer (core/register/register.ts `EmployerSummary`): the
 * totals, caps and dated statuses of every employee and of the employer, for every year, so that
 * the register's first page reads 50 summaries instead of every record.
 *
 * A cache with a version, kept in step with the records:
 * - Every write recomputes, in its own transaction, the summaries of the employers it touched
 *   (`SummaryTouch`): all of the employer's employees, since an employee's FK part depends on what
 *   colleagues already used of the employer's cap. A bulk write into an empty store or a restore
 *   computes them from the records in hand, once per employer at the end.
 * - Sealed like the records when the records are (core/store/summary-seal.ts).
 * - Never in a backup (a backup holds records; `exportRecords` reads only the record stores).
 * - Missing (an older database, a restore through an older version), of another format, or no
 *   longer true on the day (a deadline passed since: amounts change then), it is rebuilt from the
 *   records on read, and stored again when no write came in between.
 * Statuses that depend on today (due within 30 days) are added when the rows are read, never stored.
 */

import type { EmployeeCase } from '../documents/employee-case.ts';
import { type IsoDate, todayIso } from '../i18n/dates.ts';
import { type EmployerSummary, summariseEmployer, summaryHoldsOn } from '../register/register.ts';
import type { Application, Employee, Employer, Provider } from '../schema/records.ts';
import { openRecords } from '../vault/sealed-records.ts';
import { toCases } from './records-cases.ts';
import type { RecordStore, RecordsDb, StoredInsats } from './records-layout.ts';
import { getRevision, type WriteTx } from './records-transactions.ts';
import { openSummary } from './summary-seal.ts';
import { SealedView, sealedMode } from './vault-access.ts';

/** Which employers' summaries a write changed; recomputed before the write commits. */
export class SummaryTouch {
  readonly employers = new Set<string>();
  /** Every summary: a change that reaches all employers (a provider) or all records. */
  all = false;
  /** Empty the summaries first (a restore, a wipe). */
  clear = false;
  /**
   * A bulk write's records in hand (every record of each employer in them): their summaries are
   * computed from these once per employer, instead of read back.
   */
  inHand?: InHand;

  employer(...ids: (string | undefined)[]): void {
    for (const id of ids) if (id !== undefined) this.employers.add(id);
  }
}

export interface InHand {
  providers: readonly Provider[];
  employers: readonly Employer[];
  employees: readonly Employee[];
  insatser: readonly StoredInsats[];
  applications: readonly Application[];
}

/** Each employer's summary from these records (all of each employer's records must be in them). */
export function summariesOf(records: InHand, asOf: IsoDate): EmployerSummary[] {
  const out: EmployerSummary[] = [];
  for (const [employer, list] of employerCases(records)) {
    out.push(summariseEmployer(employer, list, asOf));
  }
  return out;
}

/**
 * `summariesOf`, pausing between employers: the sealed write computes them while WebCrypto seals
 * the records on its own thread, and the pause lets the sealing go on.
 */
async function summariesOfPausing(
  records: InHand,
  asOf: IsoDate,
  pause: () => Promise<void>,
): Promise<EmployerSummary[]> {
  const out: EmployerSummary[] = [];
  for (const [employer, list] of employerCases(records)) {
    out.push(summariseEmployer(employer, list, asOf));
    await pause();
  }
  return out;
}

function employerCases(records: InHand): [Employer, EmployeeCase[]][] {
  const cases = toCases(
    records.providers,
    records.employers,
    records.employees,
    records.insatser,
    records.applications,
    false,
  );
  const byEmployer = new Map<string, typeof cases>();
  for (const c of cases) {
    const list = byEmployer.get(c.employer.id);
    if (list) list.push(c);
    else byEmployer.set(c.employer.id, [c]);
  }
  return records.employers.map((e) => [e, byEmployer.get(e.id) ?? []]);
}

/**
 * Recomputes the touched summaries in the write's transaction (or the sealed view standing in for
 * it), after the write's own requests. Returns the summaries it stored.
 */
export async function refreshSummaries(
  tx: WriteTx,
  touch: SummaryTouch,
  asOf: IsoDate = todayIso(),
  /** Only outside an IndexedDB transaction (a sealed view): a pause would let it commit. */
  pause?: () => Promise<void>,
): Promise<EmployerSummary[]> {
  const store = tx.objectStore('summaries');
  if (touch.all) {
    const [providers, employers, employees, insatser, applications] = await Promise.all([
      tx.objectStore('providers').getAll(),
      tx.objectStore('employers').getAll(),
      tx.objectStore('employees').getAll(),
      tx.objectStore('insatser').getAll(),
      tx.objectStore('applications').getAll(),
    ]);
    await store.clear();
    const all = summariesOf({ providers, employers, employees, insatser, applications }, asOf);
    await putAll(store, all);
    return all;
  }
  if (touch.clear) await store.clear();
  const computed = !touch.inHand
    ? []
    : pause
      ? await summariesOfPausing(touch.inHand, asOf, pause)
      : summariesOf(touch.inHand, asOf);
  // All at once: one round trip, not one per employer.
  await putAll(store, computed);
  if (touch.employers.size === 0) return computed;
  const providers = await tx.objectStore('providers').getAll();
  const out: EmployerSummary[] = [...computed];
  for (const id of touch.employers) {
    const employer = await tx.objectStore('employers').get(id);
    if (!employer) {
      await store.delete(id);
      continue;
    }
    const employees = await tx.objectStore('employees').index('byEmployer').getAll(id);
    // By employee, as the cases group them: an employee's insatser are theirs wherever listed.
    const [insatser, applications] = await Promise.all([
      Promise.all(
        employees.map((e) => tx.objectStore('insatser').index('byEmployee').getAll(e.id)),
      ),
      Promise.all(
        employees.map((e) => tx.objectStore('applications').index('byEmployee').getAll(e.id)),
      ),
    ]);
    const [summary] = summariesOf(
      {
        providers,
        employers: [employer],
        employees,
        insatser: insatser.flat(),
        applications: applications.flat(),
      },
      asOf,
    );
    await store.put(summary as EmployerSummary);
    out.push(summary as EmployerSummary);
  }
  return out;
}

/**
 * Puts every summary at once (one round trip). Each request is handled as it is made: when one
 * fails (a full disk), the others reject with the abort, and none of them goes unobserved.
 */
function putAll(
  store: { put(v: EmployerSummary): Promise<unknown> },
  summaries: readonly EmployerSummary[],
): Promise<unknown> {
  const puts: Promise<unknown>[] = [];
  for (const s of summaries) {
    const p = store.put(s);
    p.catch(() => {});
    puts.push(p);
  }
  return Promise.all(puts);
}

/** Every stored summary as it is, opened when sealed (unreadable ones left out): for checks. */
export async function readStoredSummaries(db: RecordsDb): Promise<EmployerSummary[]> {
  const keys = await sealedMode(db);
  const stored = await db.getAll('summaries');
  if (!keys) return stored;
  const opened = await Promise.all(stored.map((s) => openSummary(keys, s)));
  return opened.filter((s) => s !== undefined);
}

/** Above this many employers a rebuild reads every record once instead of each employer's. */
const MANY = 8;

const STORES_OF_A_REBUILD: RecordStore[] = [
  'providers',
  'employers',
  'employees',
  'insatser',
  'applications',
  'summaries',
];

/**
 * Every employer's summary that holds on `asOf`, for the register: the stored ones, and the
 * missing, old or outdated ones rebuilt from the records (and stored again).
 */
export async function loadRegisterSummaries(
  db: RecordsDb,
  asOf: IsoDate = todayIso(),
): Promise<EmployerSummary[]> {
  const keys = await sealedMode(db);
  if (!keys) {
    const tx = db.transaction(['employers', 'summaries']);
    const [ids, stored] = await Promise.all([
      tx.objectStore('employers').getAllKeys(),
      tx.objectStore('summaries').getAll(),
    ]);
    await tx.done;
    const byId = new Map(stored.map((s) => [s.id, s]));
    const stale = ids.filter((id) => {
      const s = byId.get(id);
      return !s || !summaryHoldsOn(s, asOf);
    });
    if (stale.length === 0 && stored.length === ids.length) {
      return ids.map((id) => byId.get(id) as EmployerSummary);
    }
    // The rebuild and the read after it in one transaction: what it returns is one state.
    const rw = db.transaction(STORES_OF_A_REBUILD, 'readwrite') as unknown as WriteTx;
    const touch = new SummaryTouch();
    const known = new Set(await rw.objectStore('employers').getAllKeys());
    touch.employer(...stale, ...[...byId.keys()].filter((id) => !known.has(id)));
    // Many at once (an upgraded database, a deadline passed for all): one read of each store.
    touch.all = touch.employers.size > MANY;
    await refreshSummaries(rw, touch, asOf);
    const all = await rw.objectStore('summaries').getAll();
    await rw.done;
    return all;
  }

  const tx = db.transaction(['employers', 'summaries']);
  const [employerKeys, sealed] = await Promise.all([
    tx.objectStore('employers').getAllKeys(),
    tx.objectStore('summaries').getAll() as Promise<unknown[]>,
  ]);
  await tx.done;
  const opened = await Promise.all(sealed.map((s) => openSummary(keys, s)));
  const byEmployerKey = new Map<string, EmployerSummary>();
  const orphans: string[] = [];
  sealed.forEach((s, n) => {
    const summary = opened[n];
    const employer = (s as { employer?: string }).employer;
    if (summary && employer && summaryHoldsOn(summary, asOf)) {
      byEmployerKey.set(employer, summary);
    }
    if (!employer || !employerKeys.includes(employer)) orphans.push((s as { id: string }).id);
  });
  const staleKeys = employerKeys.filter((k) => !byEmployerKey.has(k));
  if (staleKeys.length === 0 && orphans.length === 0) {
    return employerKeys.map((k) => byEmployerKey.get(k) as EmployerSummary);
  }
  const revision = await getRevision(db);
  const staleEmployers = await Promise.all(
    (await Promise.all(staleKeys.map((k) => db.get('employers', k))))
      .filter((r) => r !== undefined)
      .map(async (r) => ({
        key: r.id,
        // biome-ignore lint/suspicious/noExplicitAny: a sealed value in a store typed for plain ones
        employer: (await openRecords(keys, 'employers', [r as any]))[0] as Employer,
      })),
  );
  const view = new SealedView(db, keys);
  const touch = new SummaryTouch();
  touch.employer(...staleEmployers.map((e) => e.employer.id));
  touch.all = touch.employers.size > MANY;
  const fresh = await refreshSummaries(view.asTransaction() as WriteTx, touch, asOf);
  const changes = await view.sealStaged();
  const rw = db.transaction(['summaries', 'meta'], 'readwrite');
  const now = await rw.objectStore('meta').get('revision');
  // Stored only when no write came in between: it would have stored newer summaries itself.
  if ((now?.key === 'revision' ? now.value : 0) === revision) {
    const native = rw.objectStore('summaries');
    for (const id of orphans) native.delete(id);
    for (const change of changes) {
      // biome-ignore lint/suspicious/noExplicitAny: sealed summaries in a store typed for plain ones
      for (const s of change.put) native.put(s as any);
    }
  }
  await rw.done;
  const freshByKey = new Map(staleEmployers.map((e) => [e.key, e.employer.id]));
  const freshById = new Map(fresh.map((s) => [s.id, s]));
  return employerKeys
    .map((k) => byEmployerKey.get(k) ?? freshById.get(freshByKey.get(k) ?? ''))
    .filter((s) => s !== undefined);
}
