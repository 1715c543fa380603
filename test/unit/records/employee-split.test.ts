/**
 * The one split every surface shows (core/documents/employee-split.ts) and the invoice bases built
 * on it: who gets the employer's cap first, what the totals add up to, and what the bases carry.
 */
import { describe, expect, it } from 'vitest';
import {
  casesFromLists,
  type EmployeeCase,
  providerOf,
  toEstimateInput,
} from '../../../core/documents/employee-case.ts';
import {
  allSplits,
  employeeSplits,
  splitLines,
  splitTotals,
} from '../../../core/documents/employee-split.ts';
import { buildAfaInvoiceBasis, buildInvoiceBasis } from '../../../core/documents/invoice-basis.ts';
import type { Insats } from '../../../core/schema/records.ts';
import { sampleOf, sampleRecords } from './sample.ts';

const ASOF = '2026-07-01';

function caseOf(employeeId: string): EmployeeCase {
  const r = sampleRecords();
  const employee = sampleOf('employees', employeeId);
  return {
    employer: sampleOf('employers', employee.employerId),
    employee,
    providers: r.providers,
    insatser: r.insatser.filter((i) => i.employeeId === employeeId),
    applications: [],
  };
}

/** An employee of Anna's employer with one stödsamtal of `cost` on `on`. */
function colleague(id: string, on: string, cost: number): EmployeeCase {
  const anna = caseOf('m-anna');
  const template = anna.insatser[0] as Insats;
  return {
    ...anna,
    employee: { ...anna.employee, id, name: `Medarbetare ${id}` },
    insatser: [
      {
        ...template,
        id: `${id}-i`,
        employeeId: id,
        category: 'stodsamtal',
        startedOn: on,
        performedOn: on,
        cost,
        positions: undefined,
      },
    ],
  };
}

describe('the employer’s cap, employee by employee', () => {
  it('goes first to whoever had the first insats that year, then by id on the same day', () => {
    const cases = [
      colleague('b', '2026-03-01', 400_000),
      colleague('a', '2026-03-01', 400_000),
      colleague('c', '2026-02-01', 400_000),
    ];
    const splits = allSplits(cases, ASOF);
    const used = (id: string) => splits.get(id)?.get(2026)?.employerUsedBefore;
    expect([used('c'), used('a'), used('b')]).toEqual([0, 20_000, 40_000]);
    expect(splits.get('b')?.get(2026)?.input.priorFkGrants).toEqual({
      '2026': { employee: 0, employer: 40_000 },
    });
    // Nobody before: no prior grants at all in the input.
    expect(splits.get('c')?.get(2026)?.input.priorFkGrants).toBeUndefined();
  });

  it('keeps each year apart and each employer apart', () => {
    const anna = colleague('a', '2026-03-01', 40_000);
    anna.insatser.push({
      ...(anna.insatser[0] as Insats),
      id: 'a-2025',
      performedOn: '2025-05-05',
      startedOn: '2025-05-05',
    });
    const other = colleague('x', '2026-01-05', 40_000);
    other.employer = { ...other.employer, id: 'ag-other' };
    const splits = allSplits([other, anna], ASOF);
    expect([...(splits.get('a')?.keys() ?? [])].sort()).toEqual([2025, 2026]);
    expect(splits.get('a')?.get(2026)?.employerUsedBefore).toBe(0);
    expect(
      splits
        .get('a')
        ?.get(2025)
        ?.insatser.map((i) => i.id),
    ).toEqual(['a-2025']);
    // employeeSplits looks only at the employee's own employer.
    expect(employeeSplits([other, anna], 'a', ASOF).get(2026)?.employerUsedBefore).toBe(0);
    expect(employeeSplits([other, anna], 'nobody', ASOF).size).toBe(0);
  });

  it('sums the chosen lines to the öre and ignores ids it does not know', () => {
    const anna = caseOf('m-anna');
    anna.employer = { ...anna.employer, deductsVat: false };
    anna.insatser = anna.insatser.map((i, n) => ({
      ...i,
      cost: i.cost + 0.25,
      vat: n === 0 ? 10.5 : 0,
    }));
    const splits = employeeSplits([anna], 'm-anna', ASOF);
    const lines = splitLines(splits);
    const ids = anna.insatser.map((i) => i.id);
    const totals = splitTotals(splits, [...ids, 'unknown']);
    const sum = (k: 'cost' | 'fk' | 'afa' | 'employer' | 'vat') =>
      ids.reduce((s, id) => s + Math.round((lines.get(id)?.[k] ?? 0) * 100), 0) / 100;
    expect(totals).toEqual({
      cost: sum('cost'),
      fk: sum('fk'),
      afa: sum('afa'),
      employer: sum('employer'),
      vat: 10.5,
    });
    expect(totals.cost).toBe(15_000.5 + 10.5);
    expect(totals.fk + totals.afa + totals.employer).toBeCloseTo(totals.cost, 2);
  });
});

describe('records to cases and estimate input', () => {
  it('groups the lists into one case per employee, of one employer when asked', () => {
    const r = sampleRecords();
    const orphan = { ...r.employees[0]!, id: 'm-orphan', employerId: 'ag-gone' };
    const lists = {
      ...r,
      employees: [...r.employees, orphan],
      applications: [
        {
          id: 'a1',
          payer: 'fk' as const,
          employerId: 'ag-212000-0142',
          employeeId: 'm-anna',
          insatsIds: ['i1'],
          year: 2026,
          status: 'inskickad' as const,
          amount: 1500,
        },
      ],
    };
    const all = casesFromLists(lists);
    expect(all.map((c) => c.employee.id).sort()).toEqual(['m-anna', 'm-kim']);
    const anna = all.find((c) => c.employee.id === 'm-anna')!;
    expect(anna.insatser.map((i) => i.id).sort()).toEqual(
      r.insatser
        .filter((i) => i.employeeId === 'm-anna')
        .map((i) => i.id)
        .sort(),
    );
    expect(anna.applications.map((a) => a.id)).toEqual(['a1']);
    expect(all.find((c) => c.employee.id === 'm-kim')!.applications).toEqual([]);
    expect(casesFromLists(lists, 'ag-556012-3456').map((c) => c.employee.id)).toEqual(['m-kim']);
  });

  it('carries the employer’s VAT and agreement facts and the insatser’s VAT into the estimate', () => {
    const c = caseOf('m-kim');
    c.employer = { ...c.employer, deductsVat: false, medarbetaravtal: true };
    c.insatser = c.insatser.map((i) => ({ ...i, vat: 25 }));
    const input = toEstimateInput(c, ASOF)!;
    expect(input.employer).toMatchObject({ deductsVat: false, medarbetaravtal: true });
    expect(input.employee).toEqual({ group: 'tjansteman', personnummer: '19900315-2346' });
    expect(input.insatser.every((i) => i.vat === 25)).toBe(true);
    const plain = toEstimateInput(caseOf('m-kim'), ASOF)!;
    expect('deductsVat' in plain.employer || 'medarbetaravtal' in plain.employer).toBe(false);
  });

  it('the provider is the one the insatser name, else the first recorded', () => {
    const c = caseOf('m-anna');
    const second = { ...c.providers[0]!, id: 'p2', name: 'Annan FHV AB' };
    c.providers = [c.providers[0]!, second];
    expect(providerOf(c)?.id).toBe('p1');
    c.insatser = c.insatser.map((i) => ({ ...i, providerId: 'p2' }));
    expect(providerOf(c)?.id).toBe('p2');
    expect(providerOf({ ...c, providers: [] })).toBeUndefined();
  });
});

describe('the FK invoice basis', () => {
  it('lists a missing provider instead of a basis', () => {
    const c = { ...caseOf('m-anna'), providers: [] };
    const r = buildInvoiceBasis(c, employeeSplits([c], 'm-anna', ASOF));
    expect(r.basis).toBeUndefined();
    expect(r.missing.map((m) => m.path)).toEqual(['provider']);
  });

  it('carries digital, Afa’s facts and VAT per row, for the chosen year only', () => {
    const c = caseOf('m-anna');
    c.employer = { ...c.employer, deductsVat: false };
    c.insatser = c.insatser.map((i) => ({
      ...i,
      digital: true,
      vat: 100,
      plannedEndOn: '2026-12-31',
      afaReference: 'R-1',
      courseContent: 'Stress',
    }));
    c.insatser.push({
      ...(c.insatser[0] as Insats),
      id: 'old',
      performedOn: '2025-03-03',
      startedOn: '2025-03-03',
    });
    const splits = employeeSplits([c], 'm-anna', ASOF);
    const r = buildInvoiceBasis(c, splits, { year: 2026 });
    expect(r.basis?.rows.map((x) => x.insatsId)).not.toContain('old');
    expect(r.basis?.rows[0]).toMatchObject({
      digital: true,
      vat: 100,
      plannedEndOn: '2026-12-31',
      afaReference: 'R-1',
      courseContent: 'Stress',
    });
    expect(r.vatIncluded).toBe(true);
    expect(r.totals.vat).toBe(200);
    expect(buildInvoiceBasis(c, splits).basis?.rows.map((x) => x.insatsId)[0]).toBe('old');
    c.employer = { ...c.employer, deductsVat: true };
    expect(
      buildInvoiceBasis(c, employeeSplits([c], 'm-anna', ASOF), { year: 2026 }).vatIncluded,
    ).toBe(false);
  });
});

describe('Afa’s invoice basis asks for what Afa requires, per kind of insats', () => {
  const withTreatment = (category: Insats['category'], more: Partial<Insats> = {}) => {
    const c = caseOf('m-anna');
    c.insatser = [
      {
        ...(c.insatser[0] as Insats),
        id: 't',
        category,
        positions: undefined,
        cost: 10_000,
        vat: 2500,
        ...more,
      },
    ];
    return c;
  };
  const afaOf = (c: EmployeeCase) => buildAfaInvoiceBasis(c, employeeSplits([c], 'm-anna', ASOF));

  it('addiction treatment: the provider’s IVO licence, or the practitioner', () => {
    const noOne = withTreatment('missbruksbehandling', { performer: ' ', competence: ' ' });
    expect(afaOf(noOne).missing.map((m) => m.path)).toEqual(['insatser.t.performer']);
    const plain = withTreatment('missbruksbehandling');
    const licensed = {
      ...plain,
      providers: [{ ...plain.providers[0]!, ivoLicence: 'IVO 1-2345' }],
    };
    expect(afaOf(licensed).missing).toEqual([]);
    expect(afaOf(licensed).basis?.provider.ivoLicence).toBe('IVO 1-2345');
    expect(afaOf(withTreatment('missbruksbehandling')).missing).toEqual([]);
  });

  it('courses: their content and the practitioner', () => {
    expect(afaOf(withTreatment('omskolning')).missing.map((m) => m.path)).toEqual([
      'insatser.t.courseContent',
    ]);
    expect(afaOf(withTreatment('omskolning', { courseContent: '  ' })).missing).toHaveLength(1);
    expect(
      afaOf(
        withTreatment('livsstilskurs', { courseContent: 'Smärta', performer: '', competence: '' }),
      ).missing.map((m) => m.path),
    ).toEqual(['insatser.t.performer']);
    expect(afaOf(withTreatment('stresshantering', { courseContent: 'Stress' })).missing).toEqual(
      [],
    );
  });

  it('talk therapy: the planned number of sessions', () => {
    expect(afaOf(withTreatment('psykologbehandling')).missing.map((m) => m.path)).toEqual([
      'insatser.t.plannedSessions',
    ]);
    expect(afaOf(withTreatment('psykologbehandling', { plannedSessions: 8 })).missing).toEqual([]);
  });

  it('shows the cost excluding VAT, Afa’s half and the rest, and leaves out what Afa does not pay', () => {
    const c = withTreatment('psykologbehandling', { plannedSessions: 8 });
    c.employer = { ...c.employer, deductsVat: false };
    c.insatser.push({ ...(caseOf('m-anna').insatser[0] as Insats), id: 'u' });
    const r = afaOf(c);
    expect(r.basis?.rows.map((x) => [x.insatsId, x.cost, x.afa, x.fk, x.employerPays])).toEqual([
      ['t', 10_000, 5000, 0, 5000],
    ]);
    expect(r.totals).toMatchObject({ cost: 10_000, afa: 5000, fk: 0, employerPays: 5000 });
    expect(r.vatIncluded).toBe(false);
  });
});
