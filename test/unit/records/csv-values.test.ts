/**
 * Values a spreadsheet user writes, and what the import must make of them: each case is a number
 * or a person a user would see wrong if the reading changed.
 */
import { describe, expect, it } from 'vitest';
import { planCsvImport } from '../../../core/import/csv.ts';
import { type Cells, csvFile, EXAMPLE_CELLS } from './csv-example.ts';

/** The example row with the two optional columns too. */
const CELLS: Record<string, string> = { ...EXAMPLE_CELLS, insats_id: '', digital: 'nej' };
const HEADER = Object.keys(CELLS).join(';');
/** One line: the example row with `over`'s cells. */
const row = (over: Cells = {}) => csvFile([over], { cells: CELLS }).split('\n')[1] as string;
const plan = (...rows: string[]) => planCsvImport([HEADER, ...rows].join('\n'));

describe('what the insatser import reads', () => {
  it('"inget" is no agreement, and an agreement it does not know is refused, never guessed', () => {
    const none = plan(row({ afa_avtal: 'inget' }));
    expect(none.records.employers[0]?.afaAgreement).toBe('none');
    const unknown = plan(row({ afa_avtal: 'AGS-X' }));
    expect(unknown.records.employers).toEqual([]);
    expect(unknown.rejected[0]?.errors.map((e) => e.column)).toContain('afa_avtal');
  });

  it('a date written 20260310 is 10 March 2026, never 3 October', () => {
    const p = plan(row({ paborjad: '20260302', genomford: '20260310' }));
    expect(p.records.insatser[0]).toMatchObject({
      startedOn: '2026-03-02',
      performedOn: '2026-03-10',
    });
  });

  it('one person written two ways is one employee, so the caps count once', () => {
    const p = plan(
      row({ personnummer: '850712-1237', insats_id: 'a' }),
      row({ personnummer: '198507121237', insats_id: 'b' }),
      row({ personnummer: '19850712-1237', insats_id: 'c' }),
    );
    expect(p.rejected).toEqual([]);
    expect(p.records.employees).toHaveLength(1);
    expect(p.records.employees[0]?.personnummer).toBe('19850712-1237');
    expect(new Set(p.records.insatser.map((i) => i.employeeId)).size).toBe(1);
  });

  it.each([
    ['ja', true],
    ['Ja', true],
    ['j', true],
    ['yes', true],
    ['true', true],
    ['1', true],
    ['nej', false],
    ['NEJ', false],
    ['n', false],
    ['no', false],
    ['false', false],
    ['0', false],
  ])('"digital: %s" is read as %s', (typed, digital) => {
    const p = plan(row({ digital: typed }));
    expect(p.rejected).toEqual([]);
    expect(p.records.insatser[0]?.digital).toBe(digital);
  });

  it('a blank yes/no cell is left unsaid, and a word that is neither is refused in words', () => {
    expect(plan(row({ digital: '' })).records.insatser[0]).not.toHaveProperty('digital');
    const p = plan(row({ digital: 'kanske' }));
    expect(p.records.insatser).toEqual([]);
    expect(p.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 2, digital (Digital): Ange ja eller nej.',
    ]);
  });

  it.each([
    ['AGS-KL', 'AGS-KL'],
    ['ags kl', 'AGS-KL'],
    ['ags', 'AGS'],
    ['Ingen', 'none'],
    ['none', 'none'],
  ])('the agreement "%s" is %s', (typed, agreement) => {
    const p = plan(row({ afa_avtal: typed, sektor: 'kommun' }));
    expect(p.records.employers[0]?.afaAgreement).toBe(agreement);
  });

  it('reads FK kinds separated by | or /, in any case and with Swedish letters, each once', () => {
    const p = plan(row({ fk_typ: 'Utreda | Genomföra/följa upp|utreda' }));
    expect(p.records.insatser[0]?.kinds).toEqual(['utreda', 'genomfora', 'folja_upp']);
    const unknown = plan(row({ fk_typ: 'utreda|behandla' }));
    expect(unknown.records.insatser).toEqual([]);
    expect(unknown.rejected[0]?.errors.map((e) => e.column)).toEqual(['fk_typ']);
  });

  it('the same row imported again is the same insats, and a changed cost updates it', () => {
    const first = plan(row());
    const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    const existing = {
      employers: byId(first.records.employers),
      employees: byId(first.records.employees),
      insatser: byId(first.records.insatser),
    };
    const again = planCsvImport([HEADER, row()].join('\n'), existing);
    expect(again.unchanged).toEqual({ employers: 1, employees: 1, insatser: 1 });
    const dearer = planCsvImport([HEADER, row({ kostnad: '3500' })].join('\n'), existing);
    expect(dearer.updated.insatser).toBe(1);
    expect(dearer.added.insatser).toBe(0);
    expect(dearer.records.insatser[0]?.cost).toBe(3500);
    // Another date is another insats, never an overwrite of the first.
    const later = planCsvImport([HEADER, row({ genomford: '2026-03-11' })].join('\n'), existing);
    expect(later.added.insatser).toBe(1);
  });
});
