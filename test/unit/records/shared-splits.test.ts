/**
 * The caps and deadlines page computes every employee's split once and hands it to both the
 * deadlines and each employer's cap usage. On generated records (many employers, employers over
 * their cap, Afa deadlines passed and not), that gives exactly what each computes on its own.
 */
import { describe, expect, it } from 'vitest';
import { exampleCsv } from '../../../bench/records.bench.ts';
import { yearlyCapUsage } from '../../../core/documents/cap-usage.ts';
import { capsAndDeadlines } from '../../../core/documents/caps-and-deadlines.ts';
import { deadlinesOverview } from '../../../core/documents/deadlines.ts';
import type { EmployeeCase } from '../../../core/documents/employee-case.ts';
import { allSplits } from '../../../core/documents/employee-split.ts';
import { estimateSplit } from '../../../core/estimate/estimate.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import type { EstimateInput } from '../../../core/schema/estimate-input.ts';

function generatedCases(): EmployeeCase[] {
  // The benchmark's records, a fifth of them: 2 000 insatser of 2 000 employees at 50 employers.
  const csv = exampleCsv().split('\n').slice(0, 2001).join('\n');
  const { records } = planCsvImport(csv);
  const providers = [
    {
      id: 'p1',
      name: 'Friskvårdarna FHV AB',
      organisationsnummer: '556677-8899',
      fkApproved: true,
    },
  ];
  const employerOf = new Map(records.employers.map((e) => [e.id, e]));
  return records.employees.map((employee) => ({
    employer: employerOf.get(employee.employerId) as EmployeeCase['employer'],
    employee,
    providers,
    insatser: records.insatser.filter((i) => i.employeeId === employee.id),
    applications: [],
  }));
}

// Built by the first test that needs them, never while the file loads (Stryker counts only what
// runs inside a test), then shared: the tests only read them.
let generated: EmployeeCase[] | undefined;
const generatedOnce = () => {
  generated ??= generatedCases();
  return generated;
};

describe('what a passed deadline lost', () => {
  it('is what the estimate made on the deadline itself says, for every passed deadline', () => {
    const cases = generatedOnce();
    const asOf = '2027-01-12';
    const splits = allSplits(cases, asOf);
    const passed = deadlinesOverview(cases, asOf).filter((d) => d.passed);
    expect(passed.filter((d) => d.payer === 'afa').length).toBeGreaterThan(100);
    for (const d of passed) {
      const split = splits.get(d.employeeId)?.get(d.year);
      const lines = estimateSplit({ ...(split?.input as EstimateInput), asOf: d.date }).lines;
      const ore = lines
        .filter((l) => d.insatsIds.includes(l.id))
        .reduce((sum, l) => sum + Math.round(l[d.payer] * 100), 0);
      expect(d.atStake).toBe(ore / 100);
    }
  });
});

describe('one split shared by the caps and the deadlines', () => {
  it.each(['2026-09-15', '2027-01-12'])(
    'gives the same figures as separate splits (%s)',
    (asOf) => {
      const cases = generatedOnce();
      const splits = allSplits(cases, asOf);
      const separate = deadlinesOverview(cases, asOf);
      expect(deadlinesOverview(cases, asOf, [], splits)).toEqual(separate);
      const page = capsAndDeadlines(cases, asOf);
      expect(page.deadlines).toEqual(separate);
      expect(separate.some((d) => d.passed)).toBe(true);
      expect(separate.some((d) => !d.passed)).toBe(true);
      const byEmployer = new Map<string, EmployeeCase[]>();
      for (const c of cases)
        byEmployer.set(c.employer.id, [...(byEmployer.get(c.employer.id) ?? []), c]);
      expect(byEmployer.size).toBe(50);
      let capped = 0;
      for (const list of byEmployer.values()) {
        const shared = yearlyCapUsage(list, asOf, splits);
        expect(shared).toEqual(yearlyCapUsage(list, asOf));
        if (shared.some((y) => y.fk >= y.employerCap)) capped++;
        expect(page.caps.get(list[0]?.employer.id as string)).toEqual(shared);
      }
      // The data set reaches the case that matters: colleagues' use of a full cap.
      expect(capped).toBeGreaterThan(0);
    },
  );
});
