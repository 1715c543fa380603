import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesFromLists } from '../../../core/documents/employee-case.ts';
import { CASE_PROBLEMS } from '../../../core/i18n/messages-prefill.ts';
import { checkCase, mayFill } from '../../../core/prefill/case.ts';
import { resolveCase } from '../../../extension/prefill/case-from-records.ts';
import { invoiceBasisCsv } from '../../../extension/prefill/invoice-basis.ts';
import type { RecordsBundle } from '../../../extension/prefill/records-source.ts';

const records: RecordsBundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
).records;

/** The probe of issue 12: 11 employees at one employer, 40 000 kr of stödsamtal each in 2026. */
function elevenAtOneEmployer(): RecordsBundle {
  const employer = records.employers[0]!;
  const template = records.employees[0]!;
  const insats = records.insatser.find((i) => i.category === 'utredning') ?? records.insatser[0]!;
  const employees = Array.from({ length: 11 }, (_, n) => ({
    ...template,
    id: `p${n}`,
    employerId: employer.id,
    name: `Medarbetare ${n}`,
  }));
  const insatser = employees.map((e, n) => ({
    ...insats,
    id: `x${n}`,
    employeeId: e.id,
    category: 'stodsamtal' as const,
    startedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
    performedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
    cost: 40000,
    vat: undefined,
  }));
  return { ...records, employees, insatser, applications: [] };
}

describe('the prefill counts what colleagues used of the employer’s cap', () => {
  it('the 11th employee gets FK 0 kr, the fill stops with a reason, and the CSV says 0', () => {
    const bundle = elevenAtOneEmployer();
    const resolved = resolveCase(bundle, { employeeId: 'p10', insatsIds: ['x10'] });
    if (!resolved.ok) throw new Error(resolved.en);
    const check = checkCase(resolved.case, '2026-07-01');
    expect(check.fkGrant).toBe(0);
    expect(mayFill(check)).toBe(false);
    expect(check.problems).toContainEqual({ ...CASE_PROBLEMS.no_fk_grant, severity: 'stop' });
    const csv = invoiceBasisCsv(resolved.case, '2026-07-01');
    const sum = csv.split('\r\n').find((l) => l.startsWith('"Summa alla insatser'))!;
    expect(sum.split(';')[5]).toBe('"0"');
    // FK pays nothing of it, so nothing is in an application to FK.
    const claim = csv.split('\r\n').find((l) => l.startsWith('"Summa ansökan till FK'))!;
    expect(claim.split(';').slice(4, 6)).toEqual(['"0"', '"0"']);
  });

  it('the first employee still gets half, up to the cap', () => {
    const bundle = elevenAtOneEmployer();
    const resolved = resolveCase(bundle, { employeeId: 'p0', insatsIds: ['x0'] });
    if (!resolved.ok) throw new Error(resolved.en);
    expect(checkCase(resolved.case, '2026-07-01').fkGrant).toBe(20000);
    // Without colleagues, the 11th would wrongly look like the first.
    const eleventh = resolveCase(bundle, { employeeId: 'p10', insatsIds: ['x10'] });
    if (!eleventh.ok) throw new Error(eleventh.en);
    const { colleagues: _c, ...withoutColleagues } = eleventh.case;
    expect(checkCase(withoutColleagues, '2026-07-01').fkGrant).toBe(20000);
    expect(casesFromLists(bundle, bundle.employers[0]!.id)).toHaveLength(11);
  });
});

describe('the amount applied for', () => {
  it('is what the employer paid for the insatser FK takes part in, never Afa-only costs', () => {
    const bundle = elevenAtOneEmployer();
    const therapy = {
      ...bundle.insatser[0]!,
      id: 'afa-only',
      category: 'psykologbehandling' as const,
      cost: 12000,
    };
    bundle.insatser = [bundle.insatser[0]!, therapy];
    const resolved = resolveCase(bundle, { employeeId: 'p0', insatsIds: ['x0', 'afa-only'] });
    if (!resolved.ok) throw new Error(resolved.en);
    const check = checkCase(resolved.case, '2026-07-01');
    expect(check.fkGrant).toBe(20000);
    expect(check.values?.amount).toBe('40\u00a0000');
  });
});

describe('FK’s list of approved providers in the prefill check', () => {
  it('warns when the provider is not on the imported list in force, and fills all the same', () => {
    const bundle = elevenAtOneEmployer();
    const resolved = resolveCase(bundle, { employeeId: 'p0', insatsIds: ['x0'] });
    if (!resolved.ok) throw new Error(resolved.en);
    const provider = resolved.case.provider;
    const other = { organisationsnummer: '212000-0142', name: 'Annan FHV AB', places: [] };
    const meta = { importedAt: '2026-01-16T08:00:00.000Z', fileName: 'anordnare.xlsx' };
    const notListed = checkCase(
      {
        ...resolved.case,
        approvedLists: [{ ...meta, listDate: '2026-01-15', providers: [other] }],
      },
      '2026-07-01',
    );
    expect(notListed.problems).toContainEqual(
      expect.objectContaining({ severity: 'warn', sv: expect.stringMatching(/Står inte på/) }),
    );
    expect(mayFill(notListed)).toBe(true);
    const listed = checkCase(
      {
        ...resolved.case,
        approvedLists: [
          {
            ...meta,
            listDate: '2026-01-15',
            providers: [{ ...other, organisationsnummer: provider.organisationsnummer }],
          },
        ],
      },
      '2026-07-01',
    );
    expect(listed.problems.some((p) => /Står inte på/.test(p.sv))).toBe(false);
    expect(
      checkCase(resolved.case, '2026-07-01').problems.some((p) => /Står inte på/.test(p.sv)),
    ).toBe(false);
  });
});
