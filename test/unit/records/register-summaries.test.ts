/**
 * The register's stored summaries as a user meets them: a database from before them (layout 3)
 * or one whose summaries are gone shows the same register after a rebuild; a backup holds no
 * summaries; sealed records have sealed summaries. Runs on an encrypted store too.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBackupText } from '../../../core/import/backup.ts';
import { registerRows, rowsFromSummaries } from '../../../core/register/register.ts';
import {
  attachVaultKeys,
  exportRecords,
  loadEmployeeCases,
  loadRegisterSummaries,
  type RecordsDb,
  readStoredSummaries,
  writeRecords,
} from '../../../core/store/records.ts';
import { idbMigrationStore } from '../../../core/store/vault-batch-store.ts';
import { migrateToVault } from '../../../core/vault/migration.ts';
import { newVault } from '../vault/fixtures.ts';
import { sampleRecords } from './sample.ts';
import { openTestRecordsDb, storeIsEncrypted } from './test-db.ts';

const opened: RecordsDb[] = [];
afterAll(() => {
  for (const db of opened) db.close();
});
let n = 0;
async function withRecords(): Promise<RecordsDb> {
  const db = await openTestRecordsDb(`summaries-${storeIsEncrypted() ? 'sealed' : 'plain'}-${++n}`);
  opened.push(db);
  const records = sampleRecords();
  // Twelve employers (more than a rebuild takes one by one), each with one employee.
  for (let k = 0; k < 12; k++) {
    const orgnr = ['556000-1231', '212000-0142', '802000-1114'][k % 3] as string;
    records.employers.push({
      id: `ag-extra-${k}`,
      name: `Arbetsgivare ${k}`,
      organisationsnummer: orgnr,
      sector: 'privat',
      afaAgreement: 'AGS',
    });
    records.employees.push({
      id: `m-extra-${k}`,
      employerId: `ag-extra-${k}`,
      name: `Medarbetare ${k}`,
      personnummer: '19800101-1231',
      group: 'arbetare',
    });
    records.insatser.push({
      id: `i-extra-${k}`,
      employeeId: `m-extra-${k}`,
      providerId: 'p1',
      category: 'stodsamtal',
      name: 'Stödsamtal',
      kinds: ['genomfora'],
      startedOn: '2026-09-01',
      performedOn: '2026-09-10',
      performer: 'Eva Ek',
      competence: 'Leg. psykolog',
      cost: 1000 * (k + 1),
    });
  }
  await writeRecords(db, records);
  return db;
}

async function expectRegisterAsFromRecords(db: RecordsDb, asOf: string) {
  const want = registerRows(await loadEmployeeCases(db), { year: 2026, asOf });
  const got = rowsFromSummaries(await loadRegisterSummaries(db, asOf), { year: 2026, asOf });
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(byId(got.employees)).toEqual(byId(want.employees));
  expect(byId(got.employers)).toEqual(byId(want.employers));
  return got;
}

describe('the register’s summaries', () => {
  it('are rebuilt when missing, as in a database from before them, and stored again', async () => {
    const db = await withRecords();
    const raw = await openDB(db.name);
    await raw.clear('summaries');
    raw.close();
    expect(await readStoredSummaries(db)).toEqual([]);
    const rows = await expectRegisterAsFromRecords(db, '2026-12-01');
    expect(rows.employers.length).toBe(14);
    expect((await readStoredSummaries(db)).length).toBe(14);
  });

  it('are rebuilt when a deadline passed since they were stored, so amounts follow the day', async () => {
    const db = await withRecords();
    const before = await loadRegisterSummaries(db, '2026-12-01');
    const after = await expectRegisterAsFromRecords(db, '2027-03-01');
    // FK's 1 February passed: FK's parts of 2026 are lost, and the register says so.
    expect(after.employees.some((r) => r.statuses.includes('deadline-passed'))).toBe(true);
    expect(after.employees.reduce((s, r) => s + r.fk, 0)).toBeLessThan(
      rowsFromSummaries(before, { year: 2026, asOf: '2026-12-01' }).employees.reduce(
        (s, r) => s + r.fk,
        0,
      ),
    );
  });

  it('are rebuilt when of another version', async () => {
    const db = await withRecords();
    if (storeIsEncrypted()) {
      const raw = await openDB(db.name);
      const tx = raw.transaction('summaries', 'readwrite');
      for (const s of await tx.store.getAll()) await tx.store.put({ ...s, sv: 0 });
      await tx.done;
      raw.close();
    } else {
      const raw = await openDB(db.name);
      const tx = raw.transaction('summaries', 'readwrite');
      for (const s of await tx.store.getAll()) await tx.store.put({ ...s, v: 0, years: {} });
      await tx.done;
      raw.close();
    }
    await expectRegisterAsFromRecords(db, '2026-12-01');
  });

  it('are never in a backup', async () => {
    const db = await withRecords();
    const backup = exportBackupText(await exportRecords(db));
    expect(backup.ok).toBe(true);
    if (backup.ok) {
      expect(backup.text).not.toContain('summar');
      expect(backup.text).not.toContain('validUntil');
    }
  });

  it('hold no name, personnummer or amount readable when the records are sealed', async () => {
    const db = await withRecords();
    const raw = await openDB(db.name);
    const stored = JSON.stringify(await raw.getAll('summaries'));
    raw.close();
    if (storeIsEncrypted()) {
      expect(stored).not.toContain('Anna');
      expect(stored).not.toContain('19850712');
      expect(stored).not.toContain('Exempelby');
    } else {
      expect(stored).toContain('Anna');
    }
  });

  it('are not left readable when records kept plain until now are encrypted', async () => {
    if (storeIsEncrypted()) return;
    const db = await withRecords();
    const before = await loadRegisterSummaries(db, '2026-12-01');
    expect(before.length).toBe(14);
    const { header, keys } = await newVault();
    await migrateToVault(idbMigrationStore(db), header, keys);
    attachVaultKeys(db, keys);
    const raw = await openDB(db.name);
    expect(JSON.stringify(await raw.getAll('summaries'))).not.toContain('Anna');
    raw.close();
    // Rebuilt, sealed, on the register's next read: the same rows.
    await expectRegisterAsFromRecords(db, '2026-12-01');
    const again = await openDB(db.name);
    const stored = await again.getAll('summaries');
    again.close();
    expect(stored.length).toBe(14);
    expect(JSON.stringify(stored)).not.toContain('Anna');
  });
});
