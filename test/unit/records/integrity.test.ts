/**
 * References stay whole on every write, and every backup the store's records give restores: the
 * review's sequence (mark applied, delete one of the application's insatser, back up, restore), a
 * database migrated from layout version 1, and a write that fails halfway.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { canonical, exportBackupText, parseBackup } from '../../../core/import/backup.ts';
import {
  applicationsNamingInsats,
  createRecordsConnection,
  deleteInsats,
  deleteProvider,
  exportRecords,
  getRevision,
  MissingReferenceError,
  openRecordsDb,
  putApplication,
  putInsats,
  RECORDS_DB_VERSION,
  type RecordsDb,
  RecordsDbTooNewError,
  type RecordsSet,
  ReferencedRecordError,
  repairApplicationReferences,
  replaceAllRecords,
  StaleRecordsError,
  writeRecords,
} from '../../../core/store/records.ts';
import { sampleOf, sampleRecords } from './sample.ts';
import { deleteAroundStore, openTestRecordsDb, putAroundStore } from './test-db.ts';

let n = 0;
const opened: RecordsDb[] = [];
async function freshDb(): Promise<RecordsDb> {
  const db = await openTestRecordsDb(`integrity-${++n}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const byId = (set: RecordsSet) =>
  canonical(
    Object.fromEntries(
      Object.entries(set).map(([k, list]) => [
        k,
        [...(list as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
      ]),
    ),
  );

/** Export → file text → parse → restore into an empty database → export again. */
async function roundTrip(db: RecordsDb): Promise<{ before: RecordsSet; after: RecordsSet }> {
  const before = await exportRecords(db);
  const exported = exportBackupText(before);
  if (!exported.ok) throw new Error(exported.errors.map((e) => e.en).join(' '));
  const parsed = parseBackup(exported.text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join(' '));
  const target = await freshDb();
  await replaceAllRecords(target, parsed.backup.records);
  return { before, after: await exportRecords(target) };
}

const annaApplication = {
  id: 'fk-m-anna-2027-02-01',
  payer: 'fk' as const,
  employerId: 'ag-212000-0142',
  employeeId: 'm-anna',
  insatsIds: ['i1', 'i2'],
  year: 2026,
  status: 'inskickad' as const,
  amount: 1500,
  submittedOn: '2026-11-30',
};

describe('deleting an insats that an application names', () => {
  it('takes it out of the application, says so, and the next backup restores the same records', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    await putApplication(db, annaApplication);
    expect((await applicationsNamingInsats(db, 'i2')).map((a) => a.id)).toEqual([
      annaApplication.id,
    ]);

    const deletion = await deleteInsats(db, 'i2');
    expect(deletion.updated.map((a) => a.insatsIds)).toEqual([['i1']]);
    expect(deletion.deleted).toEqual([]);

    const { before, after } = await roundTrip(db);
    expect(before.applications.find((a) => a.id === annaApplication.id)?.insatsIds).toEqual(['i1']);
    expect(byId(after)).toBe(byId(before));
  });

  it('deletes an application left without insatser and names it', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const deletion = await deleteInsats(db, 'i3');
    expect(deletion.deleted.map((a) => a.id)).toEqual(['a1']);
    expect((await exportRecords(db)).applications).toEqual([]);
    const { before, after } = await roundTrip(db);
    expect(byId(after)).toBe(byId(before));
  });
});

describe('references on every write', () => {
  it('refuses an application naming an insats that is not stored, or is another employee’s', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const ghost = await putApplication(db, { ...annaApplication, insatsIds: ['ghost'] }).catch(
      (e) => e,
    );
    expect(ghost).toBeInstanceOf(MissingReferenceError);
    expect(ghost.field).toBe('insatsIds');
    const kims = await putApplication(db, { ...annaApplication, insatsIds: ['i3'] }).catch(
      (e) => e,
    );
    expect(kims).toBeInstanceOf(MissingReferenceError);
    expect((await exportRecords(db)).applications.map((a) => a.id)).toEqual(['a1']);
  });

  it('refuses an insats naming a provider that is not stored', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const error = await putInsats(db, { ...sampleOf('insatser', 'i1'), providerId: 'p9' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(MissingReferenceError);
    expect(error.field).toBe('providerId');
  });

  it('does not delete a provider that insatser name', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    await putInsats(db, { ...sampleOf('insatser', 'i1'), providerId: 'p1' });
    const error = await deleteProvider(db, 'p1').catch((e) => e);
    expect(error).toBeInstanceOf(ReferencedRecordError);
    expect(error.insatser.map((i: { id: string }) => i.id)).toEqual(['i1']);
    expect((await exportRecords(db)).providers).toHaveLength(1);
  });

  it('refuses an import or restore whose application names an insats outside the set', async () => {
    const db = await freshDb();
    const records = sampleRecords();
    records.applications = [{ ...annaApplication, insatsIds: ['i1', 'gone'] }];
    await expect(replaceAllRecords(db, records)).rejects.toBeInstanceOf(MissingReferenceError);
    expect(await exportRecords(db)).toEqual({
      providers: [],
      employers: [],
      employees: [],
      insatser: [],
      applications: [],
    });
  });
});

describe('the export', () => {
  it('refuses to write a backup that would not restore, and says which record and why', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    // A record written around the store (an older version's bug, a hand edit in the dev tools).
    await putAroundStore(db, 'applications', { ...annaApplication, insatsIds: ['gone'] });
    const exported = exportBackupText(await exportRecords(db));
    expect(exported.ok).toBe(false);
    if (!exported.ok) {
      expect(exported.errors.map((e) => e.sv)).toContain(
        'Ansökan 2, Insats 1: Hänvisar till en post som inte finns i filen.',
      );
    }
  });

  it('refuses a backup whose records the restore would change', () => {
    const records = sampleRecords();
    // Ten digits: a restore would store it normalised, so it would not come back the same.
    (records.employees[0] as { personnummer: string }).personnummer = '850712-1237';
    const exported = exportBackupText(records);
    expect(exported.ok).toBe(false);
    if (!exported.ok) expect(exported.errors[0]?.sv).toMatch(/^Medarbetare 1: Posten skulle inte/);
  });
});

describe('a database migrated from layout version 1', () => {
  it('gives a backup that restores to the same records', async () => {
    const name = `v1-backup-${Date.now()}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('providers', { keyPath: 'id' });
        db.createObjectStore('employers', { keyPath: 'id' }).createIndex(
          'byOrganisationsnummer',
          'organisationsnummer',
        );
        const employees = db.createObjectStore('employees', { keyPath: 'id' });
        employees.createIndex('byEmployer', 'employerId');
        employees.createIndex('byPersonnummer', 'personnummer');
        db.createObjectStore('insatser', { keyPath: 'id' }).createIndex('byEmployee', 'employeeId');
      },
    });
    const records = sampleRecords();
    for (const p of records.providers) await v1.put('providers', p);
    for (const e of records.employers) await v1.put('employers', e);
    for (const e of records.employees) await v1.put('employees', e);
    for (const i of records.insatser) await v1.put('insatser', i);
    v1.close();

    const db = await openRecordsDb(name);
    opened.push(db);
    const { before, after } = await roundTrip(db);
    expect(before.insatser).toHaveLength(3);
    expect(byId(after)).toBe(byId(before));
  });
});

describe('the revision', () => {
  it('moves on with every write and refuses a write made on records read before', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const read = await getRevision(db);
    await putInsats(db, { ...sampleOf('insatser', 'i1'), cost: 3100 });
    expect(await getRevision(db)).toBe(read + 1);
    const stale = await putInsats(
      db,
      { ...sampleOf('insatser', 'i1'), cost: 2900 },
      { expectedRevision: read },
    ).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleRecordsError);
    expect((await exportRecords(db)).insatser.find((i) => i.id === 'i1')?.cost).toBe(3100);
  });

  it('does not move when a write is refused', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const read = await getRevision(db);
    await putInsats(db, { ...sampleOf('insatser', 'i1'), cost: -1 }).catch(() => {});
    await putApplication(db, { ...annaApplication, insatsIds: ['ghost'] }).catch(() => {});
    expect(await getRevision(db)).toBe(read);
  });
});

describe('a write that fails halfway', () => {
  /** Makes the `failAt`-th put or delete of any object store throw, as a full disk would. */
  function failingWrites(failAt: number): () => void {
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    const del = proto.delete;
    let calls = 0;
    const fail = () => {
      calls++;
      if (calls === failAt) throw new DOMException('Injected failure', 'QuotaExceededError');
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

  it.each([1, 2, 3, 5, 8])(
    'leaves every old record when write %i of an import fails',
    async (failAt) => {
      const db = await freshDb();
      await writeRecords(db, sampleRecords());
      const before = await exportRecords(db);
      const revision = await getRevision(db);
      const next = sampleRecords();
      next.insatser = next.insatser.map((i) => ({ ...i, cost: i.cost + 1 }));
      const restore = failingWrites(failAt);
      try {
        await expect(writeRecords(db, next)).rejects.toThrow();
      } finally {
        restore();
      }
      expect(byId(await exportRecords(db))).toBe(byId(before));
      expect(await getRevision(db)).toBe(revision);
    },
  );

  it.each([1, 2])(
    'leaves the insats and its application when write %i of a delete fails',
    async (failAt) => {
      const db = await freshDb();
      await writeRecords(db, sampleRecords());
      await putApplication(db, annaApplication);
      const before = await exportRecords(db);
      const restore = failingWrites(failAt);
      try {
        await expect(deleteInsats(db, 'i2')).rejects.toThrow();
      } finally {
        restore();
      }
      expect(byId(await exportRecords(db))).toBe(byId(before));
    },
  );

  it('leaves every record when a restore fails after emptying the stores', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    const before = await exportRecords(db);
    const restore = failingWrites(4);
    try {
      await expect(replaceAllRecords(db, sampleRecords())).rejects.toThrow();
    } finally {
      restore();
    }
    expect(byId(await exportRecords(db))).toBe(byId(before));
  });
});

describe('a connection when a newer layout opens elsewhere', () => {
  it('closes, says so, and the next use fails with a reason instead of hanging', async () => {
    const name = `newer-${Date.now()}`;
    let closed = 0;
    const connection = createRecordsConnection(name, () => {
      closed++;
    });
    const first = await connection();
    await writeRecords(first, sampleRecords());
    // Another tab with a newer version of the extension opens the same database.
    const newer = await openDB(name, RECORDS_DB_VERSION + 1);
    expect(closed).toBe(1);
    await expect(connection()).rejects.toBeInstanceOf(RecordsDbTooNewError);
    newer.close();
  });
});

describe('repairing what an older version left', () => {
  it('takes deleted insatser out of applications, says which, and the backup then restores', async () => {
    const db = await freshDb();
    await writeRecords(db, sampleRecords());
    await putApplication(db, annaApplication);
    // As before this version: the insats deleted, the application still naming it.
    await deleteAroundStore(db, 'insatser', 'i2');
    expect(exportBackupText(await exportRecords(db)).ok).toBe(false);

    const repaired = await repairApplicationReferences(db);
    expect(repaired.updated.map((a) => [a.id, a.insatsIds])).toEqual([
      [annaApplication.id, ['i1']],
    ]);
    expect(repaired.deleted).toEqual([]);
    const { before, after } = await roundTrip(db);
    expect(byId(after)).toBe(byId(before));
    expect((await repairApplicationReferences(db)).updated).toEqual([]);
  });
});
