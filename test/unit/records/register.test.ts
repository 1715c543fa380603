import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EmployeeCase } from '../../../core/documents/employee-case.ts';
import { employeeSplits } from '../../../core/documents/employee-split.ts';
import { buildInvoiceBasis } from '../../../core/documents/invoice-basis.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import { queryRegister, registerRows } from '../../../core/register/register.ts';
import type { Application, Insats, Provider } from '../../../core/schema/records.ts';

const PROVIDER: Provider = {
  id: 'p1',
  name: 'Friskvårdarna FHV AB',
  organisationsnummer: '556677-8899',
  fkApproved: true,
};

function exampleCases(
  extra: { insatser?: Insats[]; applications?: Application[] } = {},
): EmployeeCase[] {
  const { records } = planCsvImport(
    readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
  );
  const insatser = [...records.insatser, ...(extra.insatser ?? [])];
  return records.employees.map((employee) => ({
    employee,
    employer: records.employers.find((e) => e.id === employee.employerId)!,
    providers: [PROVIDER],
    insatser: insatser.filter((i) => i.employeeId === employee.id),
    applications: (extra.applications ?? []).filter((a) => a.employeeId === employee.id),
  }));
}

const byName = <R extends { name: string }>(rows: R[], name: string) => {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('the register’s rows for a year', () => {
  it('give each employee the year’s totals, cap and status', () => {
    const { employees } = registerRows(exampleCases(), { year: 2026, asOf: '2026-12-15' });
    const anna = byName(employees, 'Anna Andersson');
    expect([anna.insatser, anna.cost, anna.fk, anna.afa, anna.employer, anna.cap]).toEqual([
      2, 15_000, 1500, 0, 13_500, 20_000,
    ]);
    // Afa's six months after the talk therapy started (1 April) have passed for a municipality.
    expect(anna.statuses).toEqual(['not-applied', 'deadline-passed']);
    const kim = byName(employees, 'Kim Karlsson');
    expect([kim.fk, kim.statuses, kim.nextDeadline]).toEqual([4925, ['not-applied'], '2027-02-01']);
    const january = registerRows(exampleCases(), { year: 2026, asOf: '2027-01-10' });
    expect(byName(january.employees, 'Kim Karlsson').statuses).toEqual(['not-applied', 'due-30']);
  });

  it('counts an application as applied, and says when a cap cut FK’s part', () => {
    const big: Insats = {
      id: 'big',
      employeeId: exampleCases()[2]!.employee.id,
      category: 'stodsamtal',
      name: 'Stödsamtal',
      kinds: ['genomfora'],
      startedOn: '2026-09-01',
      performedOn: '2026-09-30',
      performer: 'Olle Berg',
      competence: 'Beteendevetare',
      cost: 60_000,
    };
    const kimId = exampleCases()[2]!.employee.id;
    const kimInsatser = exampleCases({ insatser: [big] })[2]!.insatser.map((i) => i.id);
    const applied: Application = {
      id: 'a',
      payer: 'fk',
      employerId: 'ag-556012-3456',
      employeeId: kimId,
      insatsIds: kimInsatser,
      year: 2026,
      status: 'inskickad',
      amount: 20_000,
    };
    const { employees, employers } = registerRows(
      exampleCases({ insatser: [big], applications: [applied] }),
      { year: 2026, asOf: '2026-12-15' },
    );
    const kim = byName(employees, 'Kim Karlsson');
    expect(kim.fk).toBe(20_000);
    expect(kim.statuses).toEqual(['cap-reached']);
    expect(byName(employers, 'Verkstaden AB').statuses).toEqual([]);
  });

  it('sum the employees into their employer, and agree with each employee’s invoice basis', () => {
    const cases = exampleCases();
    const { employees, employers } = registerRows(cases, { year: 2026, asOf: '2026-12-15' });
    const town = byName(employers, 'Exempelby kommun');
    expect([town.employees, town.insatser, town.fk, town.cap]).toEqual([2, 3, 10_500, 200_000]);
    for (const row of employees) {
      const c = cases.find((x) => x.employee.id === row.id)!;
      const colleagues = cases.filter((x) => x.employer.id === c.employer.id);
      const own = buildInvoiceBasis(c, employeeSplits(colleagues, c.employee.id, '2026-12-15'), {
        year: 2026,
      });
      expect(row.fk).toBe(own.totals.fk);
    }
  });

  it('never give an employer more than its 200 000 kr, and agree with each invoice basis', () => {
    const employer = exampleCases()[0]!.employer;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            employee: fc.integer({ min: 0, max: 14 }),
            cost: fc.integer({ min: 1000, max: 60_000 }),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          { minLength: 30, maxLength: 60 },
        ),
        (rows) => {
          const ids = [...new Set(rows.map((r) => r.employee))];
          const cases: EmployeeCase[] = ids.map((e) => ({
            employer,
            employee: {
              id: `m${e}`,
              employerId: employer.id,
              name: `Person ${e}`,
              personnummer: '19850712-1237',
              group: 'arbetare',
            },
            providers: [PROVIDER],
            insatser: rows.flatMap((r, n) =>
              r.employee === e
                ? [
                    {
                      id: `i${n}`,
                      employeeId: `m${e}`,
                      category: 'stodsamtal' as const,
                      name: 'Stödsamtal',
                      kinds: ['genomfora' as const],
                      startedOn: `2026-05-${String(r.day).padStart(2, '0')}`,
                      performedOn: `2026-05-${String(r.day).padStart(2, '0')}`,
                      performer: 'Olle Berg',
                      competence: 'Beteendevetare',
                      cost: r.cost,
                    },
                  ]
                : [],
            ),
            applications: [],
          }));
          const { employees, employers } = registerRows(cases, { year: 2026, asOf: '2026-12-01' });
          for (const row of employees) {
            const c = cases.find((x) => x.employee.id === row.id)!;
            const own = buildInvoiceBasis(c, employeeSplits(cases, c.employee.id, '2026-12-01'), {
              year: 2026,
            });
            expect(row.fk).toBe(own.totals.fk);
          }
          const total = employees.reduce((s, r) => s + r.fk, 0);
          expect(employers[0]?.fk).toBe(total);
          expect(total).toBeLessThanOrEqual(200_000);
          if (total === 200_000) expect(employers[0]?.statuses).toContain('cap-reached');
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('searching, filtering, sorting and paging the rows', () => {
  // Built in each test, never while the file loads: Stryker counts only what runs inside a test.
  let employees: ReturnType<typeof registerRows>['employees'];
  let employers: ReturnType<typeof registerRows>['employers'];
  beforeEach(() => {
    ({ employees, employers } = registerRows(exampleCases(), { year: 2026, asOf: '2026-12-15' }));
  });
  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  it('finds a personnummer typed with 10 digits, an organisationsnummer, or a name', () => {
    expect(names(queryRegister(employees, { search: '850712-1237' }).rows)).toEqual([
      'Anna Andersson',
    ]);
    expect(names(queryRegister(employees, { search: '8507121237' }).rows)).toEqual([
      'Anna Andersson',
    ]);
    expect(names(queryRegister(employees, { search: 'exempelby' }).rows)).toEqual([
      'Anna Andersson',
      'Lena Larsson',
    ]);
    expect(names(queryRegister(employers, { search: '556012 3456' }).rows)).toEqual([
      'Verkstaden AB',
    ]);
    expect(queryRegister(employees, { search: '1237x' }).total).toBe(0);
  });

  it('filters by employer, sector and status', () => {
    expect(names(queryRegister(employees, { employerId: 'ag-556012-3456' }).rows)).toEqual([
      'Kim Karlsson',
    ]);
    expect(names(queryRegister(employees, { sector: 'kommun' }).rows)).toEqual([
      'Anna Andersson',
      'Lena Larsson',
    ]);
    // Afa's six months have passed for both municipal employees' Afa-paid insatser.
    expect(names(queryRegister(employees, { status: 'deadline-passed' }).rows)).toEqual([
      'Anna Andersson',
      'Lena Larsson',
    ]);
    expect(queryRegister(employees, { status: 'due-30' }).total).toBe(0);
  });

  it('sorts by any total both ways and sums what the filter leaves, on every page', () => {
    const desc = queryRegister(employees, { sort: { key: 'fk', dir: 'desc' } });
    expect(names(desc.rows)).toEqual(['Lena Larsson', 'Kim Karlsson', 'Anna Andersson']);
    const asc = queryRegister(employees, { sort: { key: 'fk', dir: 'asc' } });
    expect(names(asc.rows)).toEqual(['Anna Andersson', 'Kim Karlsson', 'Lena Larsson']);
    const second = queryRegister(employees, { pageSize: 2, page: 1 });
    expect([names(second.rows), second.pages, second.total, second.sum.fk]).toEqual([
      ['Lena Larsson'],
      2,
      3,
      15_425,
    ]);
    // A page past the end shows the last one.
    expect(queryRegister(employees, { pageSize: 2, page: 9 }).page).toBe(1);
  });
});
