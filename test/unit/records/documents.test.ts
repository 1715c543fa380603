import { describe, expect, it } from 'vitest';
import { yearlyCapUsage } from '../../../core/documents/cap-usage.ts';
import { deadlinesDueWithin, deadlinesOverview } from '../../../core/documents/deadlines.ts';
import { type EmployeeCase, toEstimateInput } from '../../../core/documents/employee-case.ts';
import { employeeSplits } from '../../../core/documents/employee-split.ts';
import { buildAfaInvoiceBasis, buildInvoiceBasis } from '../../../core/documents/invoice-basis.ts';
import { build7026Report } from '../../../core/documents/report-7026.ts';
import { estimateSplit } from '../../../core/estimate/estimate.ts';
import type { Insats } from '../../../core/schema/records.ts';
import { sampleOf, sampleRecords } from './sample.ts';

/** An employee's splits with no colleagues at the employer. */
const alone = (c: EmployeeCase, asOf: string) => employeeSplits([c], c.employee.id, asOf);

function annaCase(): EmployeeCase {
  const r = sampleRecords();
  return {
    employer: sampleOf('employers', 'ag-212000-0142'),
    employee: sampleOf('employees', 'm-anna'),
    providers: r.providers,
    insatser: r.insatser.filter((i) => i.employeeId === 'm-anna'),
    applications: [],
  };
}

describe('records → estimate', () => {
  it('splits Anna’s insatser as in the sources’ example: FK 1 500, Afa 6 000, employer 7 500', () => {
    const input = toEstimateInput(annaCase(), '2026-07-01');
    expect(input).toBeDefined();
    if (!input) return;
    expect(estimateSplit(input).totals).toEqual({
      cost: 15000,
      fk: 1500,
      afa: 6000,
      employer: 7500,
    });
  });

  it('treats an unrecorded provider as not known to be FK-approved', () => {
    const input = toEstimateInput({ ...annaCase(), providers: [] }, '2026-07-01');
    expect(input?.provider.fkApproved).toBe(false);
    expect(toEstimateInput({ ...annaCase(), insatser: [] }, '2026-07-01')).toBeUndefined();
  });
});

describe('the 7026 report', () => {
  it('is filled from the records and covers only what FK pays for', () => {
    const { report, missing } = build7026Report(annaCase(), '2026-07-01');
    expect(missing).toEqual([]);
    expect(report?.concerns).toEqual({ name: 'Anna Andersson', personnummer: '19850712-1237' });
    expect(report?.provider.organisationsnummer).toBe('556677-8899');
    expect(report?.insatser.map((i) => i.name)).toEqual(['Utreda arbetsförmåga']);
    expect(report?.insatser[0]?.positions).toEqual([
      'Anna kan arbeta 50 % med anpassade uppgifter.',
    ]);
  });

  it('lists a missing provider and an investigation without positions before printing', () => {
    const c = annaCase();
    c.providers = [];
    c.insatser = c.insatser.map((i) => ({ ...i, positions: undefined }) as Insats);
    const { report, missing } = build7026Report(c, '2026-07-01');
    expect(report).toBeUndefined();
    expect(missing.map((m) => m.sv)).toEqual([
      'Anordnare: Anordnaren (er egen organisation) är inte registrerad.',
      'Utreda arbetsförmåga (2026-03-10), Ställningstaganden: En utredning ska redovisa minst ett ställningstagande.',
    ]);
  });

  it('says there is nothing to report when no insats is one FK pays for', () => {
    const c = annaCase();
    c.insatser = c.insatser.filter((i) => i.category === 'psykologbehandling');
    expect(build7026Report(c, '2026-07-01').missing.map((m) => m.en)).toEqual([
      'Insatser: Add at least one insats.',
    ]);
  });
});

describe('the invoice basis', () => {
  it('has one row per insats and date with the FK and Afa parts', () => {
    const { basis, totals } = buildInvoiceBasis(annaCase(), alone(annaCase(), '2026-07-01'));
    expect(
      basis?.rows.map((r) => [r.performedOn, r.name, r.cost, r.fk, r.afa, r.employerPays]),
    ).toEqual([
      ['2026-03-10', 'Utreda arbetsförmåga', 3000, 1500, 0, 1500],
      ['2026-06-15', 'Samtalsbehandling', 12000, 0, 6000, 6000],
    ]);
    expect(totals).toEqual({ cost: 15000, fk: 1500, afa: 6000, employerPays: 7500, vat: 0 });
  });
});

describe('yearly cap usage', () => {
  it('never lets an employer’s employees use more than the employer’s yearly cap', () => {
    const base = annaCase();
    const cases: EmployeeCase[] = Array.from({ length: 12 }, (_, n) => ({
      ...base,
      employee: { ...base.employee, id: `m${n}`, name: `Medarbetare ${n}` },
      insatser: [
        {
          ...(base.insatser[0] as Insats),
          id: `i${n}`,
          employeeId: `m${n}`,
          performedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
          cost: 40000,
        },
      ],
    }));
    const [year] = yearlyCapUsage(cases, '2026-07-01');
    expect(year?.year).toBe(2026);
    expect(year?.employerCap).toBe(200000);
    expect(year?.fk).toBe(200000);
    expect(year?.employees.map((e) => e.fk)).toEqual([
      20000, 20000, 20000, 20000, 20000, 20000, 20000, 20000, 20000, 20000, 0, 0,
    ]);
    expect(year?.employees[0]?.cap).toBe(20000);
  });

  it('uses the lower employee cap for insatser started before 2025', () => {
    const c = annaCase();
    c.insatser = [
      {
        ...(c.insatser[0] as Insats),
        startedOn: '2024-11-01',
        performedOn: '2024-12-01',
        cost: 50000,
      },
    ];
    const [year] = yearlyCapUsage([c], '2025-01-15');
    expect(year?.employees[0]).toMatchObject({ fk: 10000, cap: 10000 });
  });
});

describe('the deadlines overview', () => {
  it('lists FK’s and Afa’s deadlines by date with what is at stake', () => {
    const items = deadlinesOverview([annaCase()], '2026-07-01');
    expect(items.map((d) => [d.payer, d.date, d.atStake, d.passed])).toEqual([
      ['afa', '2026-10-01', 6000, false],
      ['fk', '2027-02-01', 1500, false],
    ]);
    expect(items[0]?.daysLeft).toBe(92);
    expect(items.map((d) => d.year)).toEqual([2026, 2026]);
  });

  it('shows what was lost when a deadline has passed, and marks deadlines already applied for', () => {
    const c = annaCase();
    c.applications = [
      {
        id: 'a',
        payer: 'fk',
        employerId: c.employer.id,
        employeeId: c.employee.id,
        insatsIds: ['i1'],
        year: 2026,
        status: 'inskickad',
        amount: 3000,
      },
    ];
    const items = deadlinesOverview([c], '2026-12-01');
    const afa = items.find((d) => d.payer === 'afa');
    expect(afa).toMatchObject({ passed: true, atStake: 6000, applied: false });
    expect(items.find((d) => d.payer === 'fk')?.applied).toBe(true);
  });
});

describe('an application still in draft', () => {
  it('does not count as applied: the deadline stays open and is reminded of', () => {
    const c = annaCase();
    c.applications = [
      {
        id: 'a',
        payer: 'fk',
        employerId: c.employer.id,
        employeeId: c.employee.id,
        insatsIds: ['i1'],
        year: 2026,
        status: 'utkast',
        amount: 1500,
      },
    ];
    const fk = deadlinesOverview([c], '2027-01-20').find((d) => d.payer === 'fk');
    expect(fk?.applied).toBe(false);
    expect(deadlinesDueWithin(deadlinesOverview([c], '2027-01-20'), 30)).toHaveLength(1);
  });
});

describe('deadline reminders', () => {
  it('remind of deadlines within the window that are not applied for and not passed', () => {
    const items = deadlinesOverview([annaCase()], '2026-09-20');
    expect(deadlinesDueWithin(items, 14).map((d) => [d.payer, d.date])).toEqual([
      ['afa', '2026-10-01'],
    ]);
    expect(deadlinesDueWithin(items, 5)).toEqual([]);
    expect(deadlinesDueWithin(deadlinesOverview([annaCase()], '2026-10-02'), 14)).toEqual([]);
  });
});

describe('a year-end batch marked as sent', () => {
  const mark = (c: EmployeeCase, over: Partial<{ year: number; employeeIds: string[] }> = {}) => ({
    employerId: c.employer.id,
    year: 2026,
    sentOn: '2027-01-12',
    employeeIds: [c.employee.id],
    ...over,
  });

  it('marks the employee’s FK deadline of that year as sent, and the badge stops counting it', () => {
    const c = annaCase();
    expect(deadlinesDueWithin(deadlinesOverview([c], '2027-01-20'), 14)).toHaveLength(1);
    const items = deadlinesOverview([c], '2027-01-20', [mark(c)]);
    const fk = items.find((d) => d.payer === 'fk');
    expect(fk).toMatchObject({ sentOn: '2027-01-12', applied: false, passed: false });
    expect(items.find((d) => d.payer === 'afa')?.sentOn).toBeUndefined();
    expect(deadlinesDueWithin(items, 14)).toEqual([]);
  });

  it('does not cover another year, another employer or an employee added after sending', () => {
    const c = annaCase();
    for (const other of [
      mark(c, { year: 2025 }),
      { ...mark(c), employerId: 'someone-else' },
      mark(c, { employeeIds: ['m-other'] }),
    ]) {
      const items = deadlinesOverview([c], '2027-01-20', [other]);
      expect(items.find((d) => d.payer === 'fk')?.sentOn).toBeUndefined();
      expect(deadlinesDueWithin(items, 14)).toHaveLength(1);
    }
  });
});

describe('an employee’s share of the employer’s cap', () => {
  // The probe: 11 employees at one employer, 40 000 kr each in 2026. The 11th gets nothing from FK,
  // and every surface built on the records says so.
  const elevenColleagues = (): EmployeeCase[] => {
    const base = annaCase();
    return Array.from({ length: 11 }, (_, n) => ({
      ...base,
      employee: { ...base.employee, id: `m${n}`, name: `Medarbetare ${n}` },
      insatser: [
        {
          ...(base.insatser[0] as Insats),
          id: `i${n}`,
          employeeId: `m${n}`,
          performedOn: `2026-03-${String(n + 10).padStart(2, '0')}`,
          cost: 40000,
        },
      ],
    }));
  };

  it('the invoice basis of the 11th counts what the ten before used: FK 0 kr', () => {
    const cases = elevenColleagues();
    const last = cases[10] as EmployeeCase;
    const splits = employeeSplits(cases, 'm10', '2026-07-01');
    expect(splits.get(2026)?.employerUsedBefore).toBe(200000);
    expect(buildInvoiceBasis(last, splits).totals.fk).toBe(0);
    // Alone, the same employee would get half of 40 000 up to the cap.
    expect(buildInvoiceBasis(last, alone(last, '2026-07-01')).totals.fk).toBe(20000);
  });

  it('the caps overview and the deadlines agree: 200 000 used and 200 000 at stake', () => {
    const cases = elevenColleagues();
    const [year] = yearlyCapUsage(cases, '2026-07-01');
    expect(year?.fk).toBe(200000);
    const atStake = deadlinesOverview(cases, '2026-07-01')
      .filter((d) => d.payer === 'fk')
      .reduce((s, d) => s + d.atStake, 0);
    expect(atStake).toBe(200000);
    expect(
      deadlinesOverview(cases, '2026-07-01').find((d) => d.employeeId === 'm10' && d.payer === 'fk')
        ?.atStake,
    ).toBe(0);
  });
});

describe('documents for one year', () => {
  it('cover only the insatser carried out in that year', () => {
    const c = annaCase();
    c.insatser.push({
      ...(c.insatser[0] as Insats),
      id: 'i0',
      name: 'Planering 2025',
      category: 'planering',
      kinds: ['planera'],
      startedOn: '2025-10-01',
      performedOn: '2025-10-02',
    });
    expect(
      build7026Report(c, '2026-07-01', { year: 2025 }).report?.insatser.map((i) => i.name),
    ).toEqual(['Planering 2025']);
    expect(
      buildInvoiceBasis(c, alone(c, '2026-07-01'), { year: 2026 }).basis?.rows.map(
        (r) => r.insatsId,
      ),
    ).toEqual(['i1', 'i2']);
  });
});

describe('VAT and Afa’s invoice facts on the invoice bases', () => {
  it('the FK basis counts VAT only when the employer cannot deduct it, and totals it', () => {
    const c = annaCase();
    c.employer = { ...c.employer, deductsVat: false };
    c.insatser = c.insatser.map((i) => ({
      ...i,
      vat: i.category === 'utredning' ? 750 : undefined,
    }));
    const { totals, vatIncluded } = buildInvoiceBasis(c, alone(c, '2026-07-01'));
    expect(totals).toMatchObject({ cost: 15750, fk: 1875, afa: 6000, vat: 750 });
    expect(vatIncluded).toBe(true);
    c.employer = { ...c.employer, deductsVat: true };
    expect(buildInvoiceBasis(c, alone(c, '2026-07-01')).totals).toMatchObject({
      cost: 15000,
      fk: 1500,
    });
  });

  it('the Afa basis holds only what Afa pays for, excluding VAT, and lists what Afa requires', () => {
    const c = annaCase();
    c.employer = { ...c.employer, deductsVat: false };
    c.insatser = c.insatser.map((i) => ({ ...i, vat: 100 }));
    const first = buildAfaInvoiceBasis(c, alone(c, '2026-07-01'));
    expect(first.basis).toBeUndefined();
    expect(first.missing.map((m) => m.en).join(' ')).toMatch(/planned number of sessions/);
    c.insatser = c.insatser.map((i) =>
      i.category === 'psykologbehandling'
        ? { ...i, plannedSessions: 10, plannedEndOn: '2026-09-30', afaReference: 'AFA-123' }
        : i,
    );
    const { basis, totals } = buildAfaInvoiceBasis(c, alone(c, '2026-07-01'));
    expect(basis?.rows.map((r) => [r.cost, r.afa, r.plannedSessions, r.afaReference])).toEqual([
      [12000, 6000, 10, 'AFA-123'],
    ]);
    expect(totals).toMatchObject({ cost: 12000, afa: 6000, fk: 0, employerPays: 6000 });
  });
});
