import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAmount, planCsvImport } from '../../../core/import/csv.ts';
import { NO_RECORDS } from '../../../core/import/csv-diff.ts';
import { decodeImportFile } from '../../../core/import/decode.ts';

const EXAMPLE = readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8');
const HEADER =
  'arbetsgivare_orgnr;arbetsgivare_namn;sektor;afa_avtal;personnummer;medarbetare_namn;anstallningsgrupp;kategori;insats_namn;fk_typ;paborjad;genomford;utforare;kompetens;kostnad';
const ROW =
  '212000-0142;Exempelby kommun;kommun;AGS-KL;850712-1237;Anna Andersson;arbetare;stodsamtal;Stödsamtal;genomföra;2026-03-02;2026-03-10;Eva Ek;Leg. psykolog;1 500';

describe('CSV import of the example file', () => {
  // Read in each test, never while the file loads: Stryker counts only what runs inside a test.
  let plan: ReturnType<typeof planCsvImport>;
  beforeEach(() => {
    plan = planCsvImport(EXAMPLE);
  });

  it('accepts five insatser for three employees at two employers (the fourth employee’s only row is rejected)', () => {
    expect(plan.delimiter).toBe(';');
    expect(plan.rows).toBe(6);
    expect(plan.added).toEqual({ employers: 2, employees: 3, insatser: 5 });
  });

  it('rejects the row with a negative cost, naming line, column and reason in Swedish', () => {
    expect(plan.rejected).toHaveLength(1);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 7, kostnad (Kostnad): Beloppet får inte vara negativt.',
    ]);
    expect(plan.rejected[0]?.errors[0]?.en).toBe(
      'Line 7, kostnad (Cost): The amount cannot be negative.',
    );
  });

  it('reads amounts with a space and a decimal comma, kinds with å/ö, and positions', () => {
    const kim = plan.records.insatser.find((i) => i.name === 'Stödsamtal');
    expect(kim?.cost).toBe(1850.5);
    const lena = plan.records.insatser.find((i) => i.category === 'stresshantering');
    expect(lena?.kinds).toEqual(['genomfora', 'folja_upp']);
    const anna = plan.records.insatser.find((i) => i.category === 'utredning' && i.cost === 3000);
    expect(anna?.positions).toHaveLength(2);
    expect(plan.records.employees.find((e) => e.name === 'Lena Larsson')?.group).toBe('tjansteman');
  });

  it('counts a second import of the same file as unchanged, not as new records', () => {
    const existing = {
      employers: new Map(plan.records.employers.map((r) => [r.id, r])),
      employees: new Map(plan.records.employees.map((r) => [r.id, r])),
      insatser: new Map(plan.records.insatser.map((r) => [r.id, r])),
    };
    const again = planCsvImport(EXAMPLE, existing);
    expect(again.added).toEqual({ employers: 0, employees: 0, insatser: 0 });
    expect(again.unchanged).toEqual({ employers: 2, employees: 3, insatser: 5 });
  });

  it('counts a corrected cost as an update of the same insats', () => {
    const existing = {
      ...NO_RECORDS,
      insatser: new Map(plan.records.insatser.map((r) => [r.id, r])),
    };
    const fixed = planCsvImport(EXAMPLE.replace('1 850,50', '1 900'), existing);
    expect(fixed.updated.insatser).toBe(1);
    expect(fixed.unchanged.insatser).toBe(4);
  });
});

describe('CSV import of awkward files', () => {
  it('reads a comma-separated file with a BOM, Windows line ends and a quoted decimal comma', () => {
    const text = `\uFEFF${HEADER.replaceAll(';', ',')}\r\n${ROW.replaceAll(';', ',').replace('1 500', '"12 345,50"')}\r\n`;
    const plan = planCsvImport(text);
    expect(plan.delimiter).toBe(',');
    expect(plan.rejected).toEqual([]);
    expect(plan.records.insatser[0]?.cost).toBe(12345.5);
    expect(plan.records.employers[0]?.organisationsnummer).toBe('212000-0142');
  });

  it('accepts headers written with å, ä, ö and capitals', () => {
    const header = HEADER.replace('anstallningsgrupp', 'Anställningsgrupp').replace(
      'genomford',
      'Genomförd',
    );
    expect(planCsvImport(`${header}\n${ROW}`).added.insatser).toBe(1);
  });

  it('skips blank lines but keeps the line numbers of the file', () => {
    const plan = planCsvImport(`${HEADER}\n\n${ROW.replace('1 500', 'tusen')}\n`);
    expect(plan.rejected[0]?.line).toBe(3);
    expect(plan.rejected[0]?.errors[0]?.sv).toBe(
      'Rad 3, kostnad (Kostnad): Ange beloppet som t.ex. 12 345,50 eller 12345.50.',
    );
  });

  it('names every wrong field of a row', () => {
    const bad = ROW.replace('850712-1237', '850712-1230')
      .replace('kommun;AGS-KL', 'kommunen;AGS-KL')
      .replace('2026-03-02', '2026-03-20')
      .replace('genomföra', 'bota');
    const plan = planCsvImport(`${HEADER}\n${bad}`);
    const messages = plan.rejected[0]?.errors.map((e) => e.sv);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Rad 2, sektor (Sektor): Värdet finns inte bland de tillåtna.',
        'Rad 2, personnummer (Personnummer): Ogiltigt personnummer eller samordningsnummer (kontrollera siffrorna).',
        'Rad 2, fk_typ (Typ av insats hos FK): Ange en eller flera av utreda, planera, initiera, genomföra, följa upp, åtskilda av |.',
        'Rad 2, paborjad (Påbörjad): Insatsen kan inte ha påbörjats efter att den genomfördes.',
      ]),
    );
    expect(plan.records.insatser).toEqual([]);
  });

  it('rejects an unknown category and an impossible date', () => {
    const bad = ROW.replace('stodsamtal', 'massage').replace('2026-03-10', '2026-02-30');
    const messages = planCsvImport(`${HEADER}\n${bad}`).rejected[0]?.errors.map((e) => e.en);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Line 2, kategori (Category): Unknown insats category.',
        'Line 2, genomford (Carried out): Enter a real date as YYYY-MM-DD.',
      ]),
    );
  });

  it('rejects a second row with the same insats id', () => {
    const header = `${HEADER};insats_id`;
    const plan = planCsvImport(`${header}\n${ROW};x1\n${ROW};x1`);
    expect(plan.records.insatser).toHaveLength(1);
    expect(plan.rejected[0]?.errors[0]?.sv).toBe(
      'Rad 3, insats_id (Insatsens id): Id:t används redan av en annan insats.',
    );
  });

  it('says which required column is missing, and imports nothing', () => {
    const plan = planCsvImport(`${HEADER.replace(';kostnad', '')}\n${ROW}`);
    expect(plan.fileErrors.map((e) => e.sv)).toEqual([
      'Rad 1, kostnad (Kostnad): Kolumnen saknas i rubrikraden.',
    ]);
    expect(plan.records.insatser).toEqual([]);
  });

  it('says an empty file has no rows', () => {
    expect(planCsvImport('\uFEFF').fileErrors[0]?.en).toBe('Line 1: The file contains no rows.');
    expect(planCsvImport(`${HEADER}\n`).fileErrors[0]?.en).toBe(
      'Line 1: The file contains no rows.',
    );
  });

  it('rejects digital values other than ja or nej', () => {
    const plan = planCsvImport(`${HEADER};digital\n${ROW};kanske`);
    expect(plan.rejected[0]?.errors[0]?.sv).toBe('Rad 2, digital (Digital): Ange ja eller nej.');
  });
});

describe('Swedish amounts', () => {
  it.each([
    ['12 345,50', 12345.5],
    ['12\u00a0345,50 kr', 12345.5],
    ['12.345,50', 12345.5],
    ['12345.50', 12345.5],
    ['3000', 3000],
    ['−100', -100],
  ])('reads %s as %d kronor', (text, kronor) => {
    expect(parseAmount(text)).toBe(kronor);
  });

  it.each(['', 'tusen', '12,345,50', '1e5'])('does not read %j as an amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe('CSV rows that cannot be read', () => {
  it('rejects a row with an unclosed quote and says to check quotes and delimiters', () => {
    const plan = planCsvImport(`${HEADER}\n${ROW}\n${ROW.replace('Stödsamtal', '"Stödsamtal')}\n`);
    expect(plan.records.insatser).toHaveLength(1);
    expect(plan.rejected[0]?.errors[0]?.sv).toBe(
      'Rad 3: Raden kunde inte läsas (kontrollera citattecken och avgränsare).',
    );
  });
});

describe('reading the file’s bytes', () => {
  it('reads UTF-8 with a BOM without keeping the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Lena Håkansson')]);
    expect(decodeImportFile(bytes)).toEqual({
      text: 'Lena Håkansson',
      encoding: 'utf-8',
      damaged: false,
    });
  });

  it('reads a file Excel saved as Windows-1252 with å, ä and ö intact', () => {
    // "Göran Åström" in Windows-1252.
    const bytes = new Uint8Array([
      0x47, 0xf6, 0x72, 0x61, 0x6e, 0x20, 0xc5, 0x73, 0x74, 0x72, 0xf6, 0x6d,
    ]);
    expect(decodeImportFile(bytes)).toEqual({
      text: 'Göran Åström',
      encoding: 'windows-1252',
      damaged: false,
    });
  });
});
