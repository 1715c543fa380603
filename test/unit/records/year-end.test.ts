import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchFiles, buildYearEndBatch, slug } from '../../../core/batch/year-end.ts';
import type { EmployeeCase } from '../../../core/documents/employee-case.ts';
import { employeeSplits } from '../../../core/documents/employee-split.ts';
import { buildInvoiceBasis } from '../../../core/documents/invoice-basis.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import type { Insats, Provider } from '../../../core/schema/records.ts';

const PROVIDER: Provider = {
  id: 'p1',
  name: 'Friskvårdarna FHV AB',
  organisationsnummer: '556677-8899',
  fkApproved: true,
};

/** The example CSV's records as the store would load them, one case per employee. */
function exampleCases(providers: Provider[] = [PROVIDER]): EmployeeCase[] {
  const { records } = planCsvImport(
    readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
  );
  return records.employees.map((employee) => ({
    employee,
    employer: records.employers.find((e) => e.id === employee.employerId)!,
    providers,
    insatser: records.insatser.filter((i) => i.employeeId === employee.id),
    applications: [],
  }));
}

describe('the year-end batch for the example records', () => {
  it('has per employer every employee of the year with FK’s amount and FK’s deadline', () => {
    const batch = buildYearEndBatch(exampleCases(), { year: 2026, asOf: '2027-01-10' });
    expect(
      batch.employers.map((e) => [
        e.employer.name,
        e.employees.map((m) => [m.number, m.employee.name, m.totals.fk]),
        e.totals.fk,
        e.deadline,
      ]),
    ).toEqual([
      [
        'Exempelby kommun',
        [
          [1, 'Anna Andersson', 1500],
          [2, 'Lena Larsson', 9000],
        ],
        10500,
        { stated: '2027-02-01', legal: '2027-02-01' },
      ],
      [
        'Verkstaden AB',
        [[1, 'Kim Karlsson', 4925]],
        4925,
        { stated: '2027-02-01', legal: '2027-02-01' },
      ],
    ]);
    expect(batch.incomplete).toBe(0);
    // Each employee: an invoice basis and a 7026 report.
    expect(batch.documents).toBe(6);
  });

  it('one employer only, when asked', () => {
    const batch = buildYearEndBatch(exampleCases(), {
      year: 2026,
      employerId: 'ag-556012-3456',
      asOf: '2027-01-10',
    });
    expect(batch.employers.map((e) => e.employer.name)).toEqual(['Verkstaden AB']);
  });

  it('keeps an employee whose data is missing in the batch, with what is missing', () => {
    const cases = exampleCases().map((c) => ({
      ...c,
      insatser: c.insatser.map((i) => (i.category === 'utredning' ? { ...i, positions: [] } : i)),
    }));
    const batch = buildYearEndBatch(cases, { year: 2026, asOf: '2027-01-10' });
    const anna = batch.employers[0]?.employees[0];
    expect(anna?.missing.map((m) => m.sv)).toEqual([
      'Utreda arbetsförmåga (2026-03-10), Ställningstaganden: En utredning ska redovisa minst ett ställningstagande.',
    ]);
    // The invoice basis does not need the positions: it is still in the batch; the report is not.
    expect(anna?.invoice.basis).toBeDefined();
    expect(anna?.report?.report).toBeUndefined();
    expect(batch.incomplete).toBe(2);
    expect(batch.documents).toBe(4);

    const noProvider = buildYearEndBatch(exampleCases([]), { year: 2026, asOf: '2027-01-10' });
    expect(noProvider.documents).toBe(0);
    expect(
      noProvider.employers.flatMap((e) => e.employees).every((m) => m.missing.length > 0),
    ).toBe(true);
  });

  it('names files without personnummer or employee names, one of each document per employee', () => {
    const cases = exampleCases();
    const files = batchFiles(buildYearEndBatch(cases, { year: 2026, asOf: '2027-01-10' }));
    expect(files.map((f) => f.path)).toEqual([
      'arsavslut-2026/exempelby-kommun/00-forteckning.html',
      'arsavslut-2026/exempelby-kommun/medarbetare-01-fakturaunderlag.html',
      'arsavslut-2026/exempelby-kommun/medarbetare-01-rapport-7026.html',
      'arsavslut-2026/exempelby-kommun/medarbetare-02-fakturaunderlag.html',
      'arsavslut-2026/exempelby-kommun/medarbetare-02-rapport-7026.html',
      'arsavslut-2026/verkstaden-ab/00-forteckning.html',
      'arsavslut-2026/verkstaden-ab/medarbetare-01-fakturaunderlag.html',
      'arsavslut-2026/verkstaden-ab/medarbetare-01-rapport-7026.html',
    ]);
    for (const c of cases) {
      const digits = c.employee.personnummer.replace(/\D/g, '');
      for (const f of files) {
        expect(f.path.replace(/\D/g, '')).not.toContain(digits.slice(2, 8));
        expect(f.path.toLowerCase()).not.toContain(slug(c.employee.name.split(' ')[0] ?? ''));
      }
    }
  });

  it('gives two employers of the same name their own folders', () => {
    const cases = exampleCases().map((c) => ({
      ...c,
      employer: { ...c.employer, name: 'Exempelby kommun' },
    }));
    const folders = new Set(
      batchFiles(buildYearEndBatch(cases, { year: 2026, asOf: '2027-01-10' })).map((f) =>
        f.path.split('/').slice(0, 2).join('/'),
      ),
    );
    expect([...folders]).toEqual([
      'arsavslut-2026/exempelby-kommun',
      'arsavslut-2026/exempelby-kommun-2',
    ]);
    expect(slug('Åre Öppna Förskola AB')).toBe('are-oppna-forskola-ab');
    expect(slug('***')).toBe('arbetsgivare');
  });
});

describe('the FK part of each employee in the batch', () => {
  it('is what the employee’s own invoice basis shows, counting colleagues before them', () => {
    const employer = exampleCases()[0]!.employer;
    const insats = (n: number, employee: number, cost: number, day: number): Insats => ({
      id: `i${n}`,
      employeeId: `m${employee}`,
      category: 'stodsamtal',
      name: 'Stödsamtal',
      kinds: ['genomfora'],
      startedOn: `2026-03-${String(day).padStart(2, '0')}`,
      performedOn: `2026-03-${String(day).padStart(2, '0')}`,
      performer: 'Olle Berg',
      competence: 'Beteendevetare',
      cost,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            // 15 employees at their own 20 000 kr cap pass the employer's 200 000 kr.
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
              r.employee === e ? [insats(n, e, r.cost, r.day)] : [],
            ),
            applications: [],
          }));
          const batch = buildYearEndBatch(cases, { year: 2026, asOf: '2026-12-01' });
          for (const m of batch.employers[0]?.employees ?? []) {
            const c = cases.find((x) => x.employee.id === m.employee.id)!;
            const own = buildInvoiceBasis(c, employeeSplits(cases, c.employee.id, '2026-12-01'), {
              year: 2026,
            });
            expect(m.totals.fk).toBe(own.totals.fk);
          }
          expect(batch.employers[0]?.totals.fk).toBeLessThanOrEqual(200_000);
        },
      ),
      { numRuns: 25 },
    );
  });
});
