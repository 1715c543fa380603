import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planCsvImport } from '../../../core/import/csv.ts';
import { planXlsxImport, sheetToCsvText } from '../../../core/import/insatser-xlsx.ts';
import type { SheetCell } from '../../../core/import/xlsx.ts';

const CSV = readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8');
const XLSX = readFileSync('test/fixtures/records/exempel-insatser-excel.xlsx');

describe('insatser from an Excel workbook saved by LibreOffice', () => {
  it('gives the same records as the example CSV, whatever the column order and cell types', async () => {
    const fromXlsx = await planXlsxImport(XLSX);
    const fromCsv = planCsvImport(CSV);
    expect(fromXlsx.fileErrors).toEqual([]);
    expect(fromXlsx.sheet).toBe('exempel-insatser-excel');
    expect(fromXlsx.records).toEqual(fromCsv.records);
    expect(fromXlsx.added).toEqual({ employers: 2, employees: 3, insatser: 5 });
  });

  it('rejects the same wrong row with the spreadsheet’s own row number', async () => {
    const plan = await planXlsxImport(XLSX);
    // Row 5 of the sheet is blank, so the negative cost is on row 8, as the spreadsheet shows it.
    expect(plan.rejected.flatMap((r) => r.errors.map((e) => e.sv))).toEqual([
      'Rad 8, kostnad (Kostnad): Beloppet får inte vara negativt.',
    ]);
  });

  it('says what is wrong with a file that is not a workbook, in both languages', async () => {
    const plan = await planXlsxImport(new TextEncoder().encode(CSV));
    expect(plan.fileErrors.map((e) => e.en)).toEqual([
      'The file could not be read as an Excel workbook (.xlsx). Check that it is the right file.',
    ]);
    expect(plan.records.insatser).toEqual([]);
  });
});

describe('a sheet’s cells as the text the CSV importer reads', () => {
  const HEADER = CSV.split('\n')[0]?.split(';') ?? [];

  it('plans the same import from typed cells as from the same values typed as text', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const row = fc.record({
      month,
      day,
      cost: fc.integer({ min: 0, max: 10_000_000 }).map((ore) => ore / 100),
      digital: fc.boolean(),
      // Sam's personnummer starts with 0: a number cell loses it.
      employee: fc.constantFrom(
        ['850712-1237', 8507121237],
        ['010228-4569', 102284569],
        ['19761123-3458', 197611233458],
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const textRows: string[][] = [];
        const typedRows: SheetCell[][] = [];
        rows.forEach((r, n) => {
          const iso = `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
          const base = (date: SheetCell, cost: SheetCell, pnr: SheetCell, digital: SheetCell) => [
            '212000-0142',
            'Exempelby kommun',
            'kommun',
            'AGS-KL',
            pnr,
            `Person ${n}`,
            'arbetare',
            `x${n}`,
            'stodsamtal',
            'Stödsamtal',
            'genomföra',
            date,
            date,
            'Olle Berg',
            'Beteendevetare',
            cost,
            '',
            '',
            digital,
          ];
          textRows.push(
            base(
              iso,
              String(r.cost).replace('.', ','),
              r.employee[0],
              r.digital ? 'ja' : 'nej',
            ).map(String),
          );
          typedRows.push(
            base(new Date(`${iso}T00:00:00Z`), r.cost, r.employee[1] as number, r.digital),
          );
        });
        const csv = [HEADER, ...textRows].map((r) => r.join(';')).join('\n');
        const fromText = planCsvImport(csv);
        const fromCells = planCsvImport(sheetToCsvText([HEADER, ...typedRows]));
        expect(fromCells.rejected).toEqual(fromText.rejected);
        expect(fromCells.records).toEqual(fromText.records);
      }),
    );
  });

  it('keeps a cell with the delimiter, quotes or a line break in one field', () => {
    const text = sheetToCsvText([
      ['insats_namn', 'beskrivning'],
      ['Samtal; uppföljning', 'Rad ett\nrad "två"'],
    ]);
    expect(Papa.parse<string[]>(text, { delimiter: ';' }).data[1]).toEqual([
      'Samtal; uppföljning',
      'Rad ett\nrad "två"',
    ]);
    expect(text).toBe('insats_namn;beskrivning\n"Samtal; uppföljning";"Rad ett\nrad ""två"""');
  });

  it('leaves a number with more than two decimals for the schema to reject, never rounding it', () => {
    expect(sheetToCsvText([['kostnad'], [1850.555]])).toBe('kostnad\n1850.555');
    expect(sheetToCsvText([['kostnad'], [0.1 + 0.2]])).toBe('kostnad\n0.3');
  });
});
