import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  createBackup,
  exportBackupText,
  parseBackup,
} from '../../../core/import/backup.ts';
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

describe('a strict backup schema', () => {
  it.each([0, -1, 0.5, '1', null])('refuses version %j and names the version', (version) => {
    const parsed = parseBackup(JSON.stringify({ ...createBackup(sampleRecords()), version }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.sv)).toEqual([
        'Version: Okänd version av säkerhetskopian (kända versioner: 1 och 2).',
      ]);
    }
  });

  it.each(['igår', '2026-13-01T00:00:00Z', '2026-11-20', '', 5])(
    'refuses the export time %j instead of failing to show it',
    (exportedAt) => {
      const parsed = parseBackup(JSON.stringify({ ...createBackup(sampleRecords()), exportedAt }));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.errors[0]?.sv).toBe(
          'Sparad: Datum och tid för säkerhetskopian ska skrivas som 2026-11-20T10:00:00.000Z.',
        );
        expect(parsed.errors[0]?.en).toMatch(/^Saved: The backup’s date and time/);
      }
    },
  );

  it('refuses a field it does not know at the top of the file', () => {
    const parsed = parseBackup(JSON.stringify({ ...createBackup(sampleRecords()), extra: 1 }));
    expect(parsed.ok).toBe(false);
  });

  it('writes version 2 and restores version 1 files unchanged', () => {
    expect(createBackup(sampleRecords()).version).toBe(2);
    const v1 = { ...createBackup(sampleRecords()), version: 1 };
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.records).toEqual(sampleRecords());
  });

  it('keeps issue 9’s optional fields through a backup', () => {
    const records = sampleRecords();
    Object.assign(records.employers[1] as object, { medarbetaravtal: true, deductsVat: false });
    Object.assign(records.insatser[1] as object, {
      vat: 3000,
      plannedEndOn: '2026-09-30',
      plannedSessions: 10,
      afaReference: 'AFA-123',
    });
    Object.assign(records.providers[0] as object, { ivoLicence: 'IVO 2026-1' });
    const parsed = parseBackup(JSON.stringify(createBackup(records)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.records).toEqual(records);
  });
});

describe('Afa’s invoice facts on an insats', () => {
  it.each([0, 2.5, -1])('refuses %d planned sessions with a message about sessions', (n) => {
    const records = sampleRecords();
    Object.assign(records.insatser[1] as object, { plannedSessions: n });
    const parsed = parseBackup(JSON.stringify(createBackup(records)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.sv)).toEqual([
        'Insats 2, Planerat antal samtal: Ange antalet samtal som ett heltal, minst 1.',
      ]);
    }
  });
});

describe('the example backup file', () => {
  it('is a valid backup with every kind of record', () => {
    const parsed = parseBackup(
      readFileSync('test/fixtures/records/exempel-sakerhetskopia.json', 'utf8'),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.exportedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(parsed.backup.records.insatser).toHaveLength(3);
    expect(parsed.backup.records.applications).toHaveLength(1);
  });

  it('restores a backup that an editor saved with a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(createBackup(sampleRecords()))}`;
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.backup.records.insatser).toHaveLength(sampleRecords().insatser.length);
  });

  it('is named by its date, never by a person', () => {
    expect(backupFileName('2026-11-20T10:00:00.000Z')).toBe(
      'stodkollen-sakerhetskopia-2026-11-20.json',
    );
  });

  it('writes the records it is given, whatever the order of their fields, and says when', () => {
    const records = sampleRecords();
    // Fields in another order than the schema's: the same records, so the export is accepted.
    const shuffled = {
      ...records,
      insatser: records.insatser.map((i) =>
        Object.fromEntries(Object.entries(i).reverse()),
      ) as typeof records.insatser,
    };
    const exported = exportBackupText(shuffled, new Date('2026-11-20T10:00:00.000Z'));
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(JSON.parse(exported.text).exportedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(exported.backup.records.insatser).toHaveLength(records.insatser.length);
  });
});
