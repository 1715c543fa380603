import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../../core/import/backup.ts';
import { exportRecords, openRecordsDb, replaceAllRecords } from '../../../core/store/records.ts';
import { sampleRecords } from './sample.ts';

describe('the JSON backup', () => {
  it('restores into an empty database exactly what was exported', async () => {
    const source = await openRecordsDb(`backup-src-${Date.now()}`);
    await replaceAllRecords(source, sampleRecords());
    const text = JSON.stringify(createBackup(await exportRecords(source)));
    source.close();

    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = await openRecordsDb(`backup-dst-${Date.now()}`);
    await replaceAllRecords(target, parsed.backup.records);
    const restored = await exportRecords(target);
    target.close();
    const sort = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    const original = sampleRecords();
    expect(sort(restored.insatser)).toEqual(sort(original.insatser));
    expect(sort(restored.employees)).toEqual(sort(original.employees));
  });

  it('says the file is not JSON', () => {
    const parsed = parseBackup('{ not json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.sv).toBe('Filen: Filen är inte giltig JSON.');
  });

  it('refuses a JSON file that is not a Stödkollen backup', () => {
    const parsed = parseBackup(JSON.stringify({ hello: 1 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors[0]?.en).toBe('The file: The file is not a Stödkollen backup.');
  });

  it('refuses a backup from a newer version instead of misreading it', () => {
    const backup = { ...createBackup(sampleRecords()), version: 99 };
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.sv).toContain('nyare version');
  });

  it('names the insats and field of an invalid record', () => {
    const records = sampleRecords();
    (records.insatser[1] as { cost: number }).cost = -1;
    const parsed = parseBackup(JSON.stringify(createBackup(records)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.sv)).toContain(
        'Insats 2, Kostnad: Beloppet får inte vara negativt.',
      );
  });

  it('refuses an insats whose employee is not in the backup', () => {
    const records = sampleRecords();
    records.insatser[0] = {
      ...records.insatser[0],
      employeeId: 'ghost',
    } as (typeof records.insatser)[0];
    const parsed = parseBackup(JSON.stringify(createBackup(records)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors[0]?.path).toBe('records.insatser.0.employeeId');
      expect(parsed.errors[0]?.sv).toBe(
        'Insats 1, Medarbetare: Hänvisar till en post som inte finns i filen.',
      );
    }
  });

  it('refuses two employees with the same id', () => {
    const records = sampleRecords();
    records.employees.push({ ...records.employees[0] } as (typeof records.employees)[0]);
    const parsed = parseBackup(JSON.stringify(createBackup(records)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.en).toBe('Employee 3, Id: The same id occurs twice.');
  });
});
