/**
 * A check or a fill reads one employer's records, not every record: the case it resolves must be
 * the same as the one resolved from every record, colleagues and applications included.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFILL_TEXTS } from '../../../core/i18n/messages-prefill.ts';
import { checkCase } from '../../../core/prefill/case.ts';
import { resolveCase } from '../../../extension/prefill/case-from-records.ts';
import {
  loadCaseRecords,
  loadRecords,
  restoreBackupForTests,
} from '../../../extension/prefill/records-source.ts';

const backup = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
);
const { records } = backup;

/** The fixture's employer and employee, and a second employer with 11 employees at 40 000 kr. */
function twoEmployers() {
  const template = records.employees[0];
  const insats = records.insatser[0];
  const other = { ...records.employers[0], id: 'e2', name: 'Andra Bygg AB' };
  const employees = Array.from({ length: 11 }, (_, n) => ({
    ...template,
    id: `p${n}`,
    employerId: other.id,
    name: `Medarbetare ${n}`,
  }));
  const insatser = employees.map((e, n) => ({
    ...insats,
    id: `x${n}`,
    employeeId: e.id,
    category: 'stodsamtal',
    startedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
    performedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
    cost: 40000,
    vat: undefined,
  }));
  return {
    ...backup,
    records: {
      ...records,
      employers: [...records.employers, other],
      employees: [...records.employees, ...employees],
      insatser: [...records.insatser, ...insatser],
    },
  };
}

describe('the records a check or a fill reads', () => {
  it('resolve every case as every record does, and hold only the employer’s people', async () => {
    await restoreBackupForTests(JSON.stringify(twoEmployers()));
    const all = await loadRecords();
    const choices = [
      ...all.applications.map((a) => ({
        employeeId: a.employeeId,
        applicationId: a.id,
        insatsIds: a.insatsIds,
      })),
      ...all.employees.map((e) => ({
        employeeId: e.id,
        insatsIds: all.insatser.filter((i) => i.employeeId === e.id).map((i) => i.id),
      })),
    ];
    expect(choices.length).toBeGreaterThan(12);
    for (const choice of choices) {
      const slice = await loadCaseRecords(choice.employeeId);
      const employerId = all.employees.find((e) => e.id === choice.employeeId)?.employerId;
      expect(slice.employees.every((e) => e.employerId === employerId)).toBe(true);
      expect(resolveCase(slice, choice)).toEqual(resolveCase(all, choice));
    }
    // The 11th colleague at the second employer: the employer's 200 000 kr are used up.
    const eleventh = resolveCase(await loadCaseRecords('p10'), {
      employeeId: 'p10',
      insatsIds: ['x10'],
    });
    if (!eleventh.ok) throw new Error(eleventh.en);
    expect(checkCase(eleventh.case, '2026-07-01').fkGrant).toBe(0);
  });

  it('say the employee is missing when the choice names nobody in the records', async () => {
    await restoreBackupForTests(JSON.stringify(backup));
    const resolved = resolveCase(await loadCaseRecords('nobody'), {
      employeeId: 'nobody',
      insatsIds: [],
    });
    expect(resolved).toEqual({ ok: false, ...PREFILL_TEXTS.employee_missing });
  });
});
