/**
 * Property: whatever staff do with the records (add, edit and delete employers, employees and
 * insatser, mark applications, change their status, import CSV files, restore backups), and
 * whichever write fails halfway, the references stay whole, a failed write leaves the records as
 * they were, and the backup of the result restores into an empty database as the same records.
 * And the register's stored summaries always equal a fresh computation from the records, so the
 * register shows the same rows as if it had read every record.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../../core/i18n/dates.ts';
import { canonical, exportBackupText, parseBackup } from '../../../core/import/backup.ts';
import { employeeIdFor, employerIdFor, planCsvImport } from '../../../core/import/csv.ts';
import { registerRows, rowsFromSummaries } from '../../../core/register/register.ts';
import { APPLICATION_STATUSES } from '../../../core/schema/records.ts';
import {
  deleteEmployee,
  deleteEmployer,
  deleteInsats,
  exportRecords,
  getEmployee,
  getEmployer,
  getInsats,
  InvalidRecordError,
  loadEmployeeCases,
  loadRegisterSummaries,
  MissingReferenceError,
  putApplication,
  putEmployee,
  putEmployer,
  putInsats,
  putProvider,
  type RecordsDb,
  type RecordsSet,
  ReferencedRecordError,
  readStoredSummaries,
  replaceAllRecords,
  writeRecords,
} from '../../../core/store/records.ts';
import { checkReferences } from '../../../core/store/references.ts';
import { summariesOf } from '../../../core/store/summaries.ts';
import { openTestRecordsDb } from './test-db.ts';

const PERSONNUMMER = ['19800101-1231', '19751224-1238', '19920630-1237', '19670815-1235'];
const ORGNR = ['556000-1231', '212000-0142', '802000-1114'];
const CATEGORIES = ['utredning', 'stodsamtal', 'psykologbehandling', 'stresshantering'] as const;
const SECTORS = ['kommun', 'region', 'privat', 'stat'] as const;
const AGREEMENTS = ['AGS-KL', 'AGS', 'none'] as const;

const employerId = (k: number) => employerIdFor(ORGNR[k] as string);
const employeeId = (employerK: number, k: number) =>
  employeeIdFor(employerId(employerK), PERSONNUMMER[k] as string);

const amount = fc.integer({ min: 0, max: 5_000_000 }).map((ore) => ore / 100);
const optionalBool = fc.option(fc.boolean(), { nil: undefined });

const importOp = fc.record({
  t: fc.constant('import' as const),
  rows: fc.array(
    fc.record({
      employerK: fc.nat(ORGNR.length - 1),
      employeeK: fc.nat(PERSONNUMMER.length - 1),
      category: fc.constantFrom(...CATEGORIES),
      cost: fc.integer({ min: 0, max: 99_999 }),
      month: fc.integer({ min: 1, max: 12 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

const op = fc.oneof(
  importOp,
  fc.record({
    t: fc.constant('employer' as const),
    k: fc.nat(ORGNR.length - 1),
    sector: fc.constantFrom(...SECTORS),
    agreement: fc.constantFrom(...AGREEMENTS),
    deductsVat: optionalBool,
    medarbetaravtal: optionalBool,
  }),
  fc.record({
    t: fc.constant('employee' as const),
    employerK: fc.nat(ORGNR.length - 1),
    k: fc.nat(PERSONNUMMER.length - 1),
    group: fc.constantFrom('arbetare', 'tjansteman'),
  }),
  fc.record({
    t: fc.constant('insats' as const),
    employerK: fc.nat(ORGNR.length - 1),
    employeeK: fc.nat(PERSONNUMMER.length - 1),
    slot: fc.nat(3),
    category: fc.constantFrom(...CATEGORIES),
    cost: amount,
    vat: fc.option(amount, { nil: undefined }),
    month: fc.integer({ min: 1, max: 12 }),
    withProvider: fc.boolean(),
  }),
  fc.record({ t: fc.constant('deleteInsats' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('deleteInsats' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('deleteEmployee' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('deleteEmployer' as const), pick: fc.nat() }),
  fc.record({
    t: fc.constant('apply' as const),
    pick: fc.nat(),
    payer: fc.constantFrom('fk', 'afa'),
    mask: fc.integer({ min: 1, max: 15 }),
  }),
  fc.record({
    t: fc.constant('apply' as const),
    pick: fc.nat(),
    payer: fc.constantFrom('fk', 'afa'),
    mask: fc.integer({ min: 1, max: 15 }),
  }),
  fc.record({
    t: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...APPLICATION_STATUSES),
  }),
  fc.record({ t: fc.constant('provider' as const), approved: fc.boolean() }),
  fc.record({ t: fc.constant('snapshot' as const) }),
  fc.record({ t: fc.constant('restore' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const step = fc.record({
  op,
  /** The write call (put or delete) that fails, if any. */
  failAt: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 4, nil: undefined }),
});

const month = (m: number) => String(m).padStart(2, '0');

function csvOf(rows: Extract<Op, { t: 'import' }>['rows']): string {
  const header =
    'arbetsgivare_orgnr;arbetsgivare_namn;sektor;afa_avtal;personnummer;medarbetare_namn;anstallningsgrupp;kategori;insats_namn;fk_typ;paborjad;genomford;utforare;kompetens;kostnad';
  const lines = rows.map((r) =>
    [
      ORGNR[r.employerK],
      `Arbetsgivare ${r.employerK}`,
      'privat',
      'AGS',
      PERSONNUMMER[r.employeeK],
      `Medarbetare ${r.employeeK}`,
      'arbetare',
      r.category,
      `Insats ${r.category}`,
      'genomföra',
      `2026-${month(r.month)}-01`,
      `2026-${month(r.month)}-15`,
      'Eva Ek',
      'Leg. psykolog',
      String(r.cost),
    ].join(';'),
  );
  return [header, ...lines].join('\n');
}

/** Makes the `failAt`-th put or delete of any object store throw, as a full disk would. */
function injectFailure(failAt: number | undefined): () => void {
  if (failAt === undefined) return () => {};
  const proto = globalThis.IDBObjectStore.prototype;
  const { put, delete: del } = proto;
  let calls = 0;
  const fail = () => {
    if (++calls === failAt) throw new DOMException('Injected failure', 'QuotaExceededError');
  };
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    fail();
    return put.apply(this, args);
  };
  proto.delete = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
    fail();
    return del.apply(this, args);
  };
  return () => {
    proto.put = put;
    proto.delete = del;
  };
}

const sorted = (set: RecordsSet) =>
  canonical(
    Object.fromEntries(
      Object.entries(set).map(([k, list]) => [
        k,
        [...(list as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
      ]),
    ),
  );

const expected = (e: unknown) =>
  e instanceof MissingReferenceError ||
  e instanceof ReferencedRecordError ||
  e instanceof InvalidRecordError ||
  (e instanceof DOMException && e.message === 'Injected failure');

let dbs = 0;
const opened: RecordsDb[] = [];
afterAll(() => {
  for (const db of opened) db.close();
});
async function freshDb(): Promise<RecordsDb> {
  const db = await openTestRecordsDb(`sequences-${++dbs}`);
  opened.push(db);
  return db;
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The stored summaries are what the records give, computed afresh today. */
async function expectSummariesOfRecords(db: RecordsDb): Promise<void> {
  const records = await exportRecords(db);
  const fresh = summariesOf(
    { ...records, insatser: records.insatser.map((i) => ({ ...i, employerId: '', year: 0 })) },
    todayIso(),
  );
  expect(byId(await readStoredSummaries(db))).toEqual(byId(fresh));
}

/** The register from the summaries shows the rows it would from every record, on any day. */
async function expectRegisterOfRecords(db: RecordsDb, asOf: string): Promise<void> {
  const cases = await loadEmployeeCases(db);
  const summaries = await loadRegisterSummaries(db, asOf);
  for (const year of [2026, 2027]) {
    const want = registerRows(cases, { year, asOf });
    const got = rowsFromSummaries(summaries, { year, asOf });
    expect(byId(got.employees)).toEqual(byId(want.employees));
    expect(byId(got.employers)).toEqual(byId(want.employers));
  }
}

async function run(db: RecordsDb, o: Op, snapshot: { text?: string }): Promise<void> {
  const records = await exportRecords(db);
  const pick = <T>(list: T[], i: number) => (list.length > 0 ? list[i % list.length] : undefined);
  switch (o.t) {
    case 'employer':
      await putEmployer(db, {
        id: employerId(o.k),
        name: `Arbetsgivare ${o.k}`,
        organisationsnummer: ORGNR[o.k] as string,
        sector: o.sector,
        afaAgreement: o.agreement,
        ...(o.deductsVat === undefined ? {} : { deductsVat: o.deductsVat }),
        ...(o.medarbetaravtal === undefined ? {} : { medarbetaravtal: o.medarbetaravtal }),
      });
      return;
    case 'employee':
      await putEmployee(db, {
        id: employeeId(o.employerK, o.k),
        employerId: employerId(o.employerK),
        name: `Medarbetare ${o.k}`,
        personnummer: PERSONNUMMER[o.k] as string,
        group: o.group as 'arbetare' | 'tjansteman',
      });
      return;
    case 'insats':
      await putInsats(db, {
        id: `i-${o.employerK}-${o.employeeK}-${o.slot}`,
        employeeId: employeeId(o.employerK, o.employeeK),
        ...(o.withProvider ? { providerId: 'p1' } : {}),
        category: o.category,
        name: `Insats ${o.slot}`,
        kinds: ['genomfora'],
        startedOn: `2026-${month(o.month)}-01`,
        performedOn: `2026-${month(o.month)}-20`,
        performer: 'Olle Berg',
        competence: 'Beteendevetare',
        cost: o.cost,
        ...(o.vat === undefined ? {} : { vat: o.vat }),
      });
      return;
    case 'deleteInsats': {
      const i = pick(records.insatser, o.pick);
      if (!i) return;
      await deleteInsats(db, i.id);
      // Deleted is gone, not only what named it.
      expect(await getInsats(db, i.id)).toBeUndefined();
      return;
    }
    case 'deleteEmployee': {
      const e = pick(records.employees, o.pick);
      if (!e) return;
      await deleteEmployee(db, e.id);
      expect(await getEmployee(db, e.id)).toBeUndefined();
      return;
    }
    case 'deleteEmployer': {
      const e = pick(records.employers, o.pick);
      if (!e) return;
      await deleteEmployer(db, e.id);
      expect(await getEmployer(db, e.id)).toBeUndefined();
      return;
    }
    case 'apply': {
      const e = pick(records.employees, o.pick);
      if (!e) return;
      const own = records.insatser.filter((i) => i.employeeId === e.id);
      const chosen = own.filter((_, n) => (o.mask >> n) & 1);
      if (chosen.length === 0) return;
      await putApplication(db, {
        id: `${o.payer}-${e.id}-${o.mask}`,
        payer: o.payer as 'fk' | 'afa',
        employerId: e.employerId,
        employeeId: e.id,
        insatsIds: chosen.map((i) => i.id),
        year: 2026,
        status: 'inskickad',
        amount: 100,
        submittedOn: '2026-11-30',
      });
      return;
    }
    case 'status': {
      const a = pick(records.applications, o.pick);
      if (a) await putApplication(db, { ...a, status: o.status });
      return;
    }
    case 'import': {
      const plan = planCsvImport(csvOf(o.rows), {
        employers: new Map(records.employers.map((r) => [r.id, r])),
        employees: new Map(records.employees.map((r) => [r.id, r])),
        insatser: new Map(records.insatser.map((r) => [r.id, r])),
      });
      // The generated rows are valid; two the same are one insats, the second refused.
      for (const r of plan.rejected) expect(r.errors.map((e) => e.column)).toEqual(['insats_id']);
      await writeRecords(db, plan.records);
      return;
    }
    case 'provider':
      await putProvider(db, {
        id: 'p1',
        name: 'Friskvårdarna FHV AB',
        organisationsnummer: '556677-8899',
        fkApproved: o.approved,
      });
      return;
    case 'snapshot': {
      const backup = exportBackupText(records);
      expect(backup.ok).toBe(true);
      if (backup.ok) snapshot.text = backup.text;
      return;
    }
    case 'restore': {
      if (!snapshot.text) return;
      const parsed = parseBackup(snapshot.text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) await replaceAllRecords(db, parsed.backup.records);
      return;
    }
  }
}

describe('any sequence of the store’s operations', () => {
  it('keeps references whole, undoes failed writes, and backs up to the same records', async () => {
    await fc.assert(
      fc.asyncProperty(
        importOp,
        fc.array(step, { minLength: 1, maxLength: 30 }),
        async (first, steps) => {
          const db = await freshDb();
          const snapshot: { text?: string } = {};
          // Staff start from a file: later steps then meet employees with insatser to apply for.
          await run(db, first, snapshot);
          for (const { op: o, failAt } of steps) {
            const before = sorted(await exportRecords(db));
            const restore = injectFailure(failAt);
            let failed = false;
            try {
              await run(db, o, snapshot);
            } catch (error) {
              if (!expected(error)) throw error;
              failed = true;
            } finally {
              restore();
            }
            const now = await exportRecords(db);
            if (failed) expect(sorted(now)).toBe(before);
            expect(checkReferences(now)).toEqual([]);
            await expectSummariesOfRecords(db);
          }
          // Today, within 30 days of FK's deadline, and after it passed (the summaries rebuilt).
          for (const asOf of [todayIso(), '2027-01-15', '2027-03-01']) {
            await expectRegisterOfRecords(db, asOf);
          }
          const records = await exportRecords(db);
          const backup = exportBackupText(records);
          if (!backup.ok) throw new Error(backup.errors.map((e) => e.en).join(' '));
          const parsed = parseBackup(backup.text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const target = await freshDb();
          await replaceAllRecords(target, parsed.backup.records);
          expect(sorted(await exportRecords(target))).toBe(sorted(records));
          await expectSummariesOfRecords(target);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
