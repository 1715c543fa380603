import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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

describe('workbooks with more than one sheet', () => {
  it('reads the sheet with the columns and passes over an instructions sheet', async () => {
    const plan = await planXlsxImport(await twoSheets('Instruktioner', false));
    expect(plan.sheet).toBe('Insatser');
    expect(plan.records.insatser).toHaveLength(5);
  });

  it('refuses insatser on two sheets instead of reading only one', async () => {
    const plan = await planXlsxImport(await twoSheets('Insatser 2', true));
    expect(plan.fileErrors.map((e) => e.sv)).toEqual([
      'Arbetsboken har insatser på flera blad (”Insatser”, ”Insatser 2”). Spara varje blad som en egen fil och importera dem en i taget.',
    ]);
    expect(plan.fileErrors.map((e) => e.en)).toEqual([
      'The workbook has insatser on several sheets (“Insatser”, “Insatser 2”). Save each sheet as a file of its own and import them one at a time.',
    ]);
    expect(plan.fileErrors[0]?.field).toEqual({ sv: 'Filen', en: 'The file' });
    expect(plan.records.insatser).toEqual([]);
  });
});

/** The example as a workbook of two sheets, written with fflate: the second with or without insatser. */
async function twoSheets(second: string, withInsatser: boolean): Promise<Uint8Array> {
  const entries = unzipSync(new Uint8Array(XLSX));
  const text = (name: string) => strFromU8(entries[name]!);
  const sheet1 = text('xl/worksheets/sheet1.xml');
  const other = withInsatser
    ? sheet1
    : sheet1.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>');
  entries['xl/worksheets/sheet2.xml'] = strToU8(other);
  entries['xl/workbook.xml'] = strToU8(
    text('xl/workbook.xml').replace(
      /<sheets>[\s\S]*<\/sheets>/,
      `<sheets><sheet name="Insatser" sheetId="1" r:id="rId2"/><sheet name="${second}" sheetId="2" r:id="rIdS2"/></sheets>`,
    ),
  );
  entries['xl/_rels/workbook.xml.rels'] = strToU8(
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdS2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
  );
  entries['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return zipSync(entries);
}

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
