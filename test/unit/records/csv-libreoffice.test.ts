/**
 * A real spreadsheet's CSV: `libreoffice-insatser.csv` is what LibreOffice Calc 7.4 wrote for
 * `libreoffice-insatser.fods` with Swedish CSV settings (`;`, `"`, Windows-1252):
 *   soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,1' libreoffice-insatser.fods
 * It holds what spreadsheets really do: a cell with a line break, numbers with a decimal point,
 * an emoji written as `?` and a blank required cell.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { planCsvImport } from '../../../core/import/csv.ts';
import { decodeImportFile } from '../../../core/import/decode.ts';

const BYTES = readFileSync('test/fixtures/records/libreoffice-insatser.csv');
// Read in each test, never while the file loads: Stryker counts only what runs inside a test.
let decoded: ReturnType<typeof decodeImportFile>;
let plan: ReturnType<typeof planCsvImport>;
beforeEach(() => {
  decoded = decodeImportFile(BYTES);
  plan = planCsvImport(decoded.text, undefined, { encoding: decoded.encoding });
});

describe('the CSV LibreOffice Calc writes with Swedish settings', () => {
  it('is read as Windows-1252 with å, ä and ö intact', () => {
    expect(decoded.encoding).toBe('windows-1252');
    expect(plan.delimiter).toBe(';');
    expect(plan.records.employees.map((e) => e.name).sort()).toEqual(['Kim Karlsson', 'Åsa Öberg']);
  });

  it('keeps the line break inside a cell and the amounts and VAT as written', () => {
    const [asa, anpassning, samtal] = [...plan.records.insatser].sort((a, b) =>
      a.startedOn < b.startedOn ? -1 : 1,
    );
    expect(asa?.description).toBe('Tre samtal.\nUppföljning på arbetsplatsen.');
    expect(asa?.cost).toBe(1850.5);
    expect(anpassning).toMatchObject({ cost: 12000, vat: 3000 });
    expect(samtal?.cost).toBe(900);
    const verkstaden = plan.records.employers.find((e) => e.name === 'Verkstaden AB');
    expect(verkstaden?.deductsVat).toBe(false);
  });

  it('refuses the row with a blank Afa agreement, at its own line after the two-line cell', () => {
    expect(plan.rejected.map((r) => r.errors.map((e) => e.sv))).toEqual([
      ['Rad 6, afa_avtal (Avtal med Afa Försäkring): Uppgiften saknas.'],
    ]);
  });

  it('warns where LibreOffice wrote an emoji it could not save as ?', () => {
    expect(plan.warnings.map((w) => [w.line, w.column])).toEqual([[5, 'beskrivning']]);
  });
});
