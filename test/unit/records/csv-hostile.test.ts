/**
 * Files that would store values the file did not say: each is refused with line, column and
 * reason, or warned about in the preview, before anything is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCsvImport } from '../../../core/import/csv.ts';
import { decodeImportFile } from '../../../core/import/decode.ts';

const COLUMNS = [
  'arbetsgivare_orgnr',
  'arbetsgivare_namn',
  'sektor',
  'afa_avtal',
  'personnummer',
  'medarbetare_namn',
  'anstallningsgrupp',
  'kategori',
  'insats_namn',
  'fk_typ',
  'paborjad',
  'genomford',
  'utforare',
  'kompetens',
  'kostnad',
  'beskrivning',
];
const VALUES = [
  '212000-0142',
  'Exempelby kommun',
  'kommun',
  'AGS-KL',
  '850712-1237',
  'Åsa Öberg',
  'arbetare',
  'stodsamtal',
  'Stödsamtal',
  'genomföra',
  '2026-03-02',
  '2026-03-10',
  'Eva Ek',
  'Leg. psykolog',
  '1500',
  'Bedömning.',
];
const row = (changes: Record<string, string> = {}, d = ';') =>
  COLUMNS.map((c, i) => changes[c] ?? VALUES[i]).join(d);
const HEADER = COLUMNS.join(';');

describe('the number of fields', () => {
  it('refuses a comma row with an unquoted 3 000,50 instead of storing 3000 and "50"', () => {
    const text = `${COLUMNS.join(',')}\n${row({ kostnad: '3 000,50' }, ',')}\n`;
    const plan = planCsvImport(text);
    expect(plan.delimiter).toBe(',');
    expect(plan.records.insatser).toEqual([]);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 2: Raden har 17 fält men rubrikraden 16. Kontrollera avgränsaren (,) och citattecknen: ett belopp som 3 000,50 måste stå inom citattecken när avgränsaren är komma.',
    ]);
  });

  it('refuses a row with fields missing', () => {
    const short = row().split(';').slice(0, 14).join(';');
    const plan = planCsvImport(`${HEADER}\n${short}`);
    expect(plan.rejected[0]?.errors[0]?.en).toMatch(
      /^Line 2: The row has 14 fields but the header row 16\./,
    );
  });

  it('refuses one field more even when it is empty: the last column was blank and all shifted', () => {
    const plan = planCsvImport(`${HEADER}\n${row({ kostnad: '3 000;50', beskrivning: '' })}\n`);
    expect(plan.records.insatser).toEqual([]);
    expect(plan.rejected[0]?.errors[0]?.sv).toMatch(
      /^Rad 2: Raden har 17 fält men rubrikraden 16\./,
    );
  });
});

describe('the encoding', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads a UTF-8 file with one invalid byte as UTF-8 and refuses only the row holding it', () => {
    const good = utf8(`${HEADER}\n${row()}\n`);
    const bad = utf8(
      `${row({ medarbetare_namn: 'Kim XKarlsson', personnummer: '900315-2346' })}\n`,
    );
    bad[bad.indexOf('X'.charCodeAt(0))] = 0xff;
    const decoded = decodeImportFile(new Uint8Array([...good, ...bad]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.damaged).toBe(true);
    const plan = planCsvImport(decoded.text, undefined, { encoding: decoded.encoding });
    expect(plan.records.employees.map((e) => e.name)).toEqual(['Åsa Öberg']);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 3, medarbetare_namn (Medarbetarens namn): Värdet innehåller en byte som inte är giltig UTF-8 (filen är skadad eller blandar teckenkodningar); spara filen som UTF-8 igen.',
    ]);
  });

  it('reads a Windows-1252 file as Windows-1252 and warns about a ? where Excel dropped an emoji', () => {
    const text = `${HEADER}\n${row({ beskrivning: 'Bra samtal ?' })}\n`;
    const bytes = Uint8Array.from(text, (ch) =>
      ch === 'Å' ? 0xc5 : ch === 'Ö' ? 0xd6 : ch === 'ö' ? 0xf6 : ch.charCodeAt(0),
    );
    const decoded = decodeImportFile(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    const plan = planCsvImport(decoded.text, undefined, { encoding: decoded.encoding });
    expect(plan.records.employees[0]?.name).toBe('Åsa Öberg');
    expect(plan.records.insatser).toHaveLength(1);
    expect(plan.warnings.map((w) => w.sv)).toEqual([
      'Rad 2, beskrivning (Beskrivning): Värdet innehåller ?. I en fil sparad som Windows-1252 (Excel) står ? för tecken som inte kunde sparas, t.ex. en emoji. Kontrollera värdet, eller spara filen som UTF-8.',
    ]);
  });

  it('keeps an emoji in a UTF-8 file, which can be stored and shown', () => {
    const plan = planCsvImport(`${HEADER}\n${row({ beskrivning: 'Bra samtal 🙂' })}\n`);
    expect(plan.warnings).toEqual([]);
    expect(plan.records.insatser[0]?.description).toBe('Bra samtal 🙂');
  });

  it.each([
    ['a control character', 'Eva\u0007 Ek'],
    ['a Windows-1252 byte with no character', 'Eva\u0081Ek'],
    ['a direction override', 'Eva \u202eEk'],
  ])('refuses %s, which cannot be shown as stored', (_what, performer) => {
    const plan = planCsvImport(`${HEADER}\n${row({ utforare: performer })}\n`);
    expect(plan.records.insatser).toEqual([]);
    expect(plan.rejected[0]?.errors[0]?.sv).toBe(
      'Rad 2, utforare (Utförare): Värdet innehåller ett styrtecken som inte kan visas; skriv om värdet.',
    );
  });
});

describe('blank and doubled columns', () => {
  it('refuses a blank afa_avtal instead of reading it as no agreement', () => {
    const plan = planCsvImport(`${HEADER}\n${row({ afa_avtal: ' ' })}\n`);
    expect(plan.records.employers).toEqual([]);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 2, afa_avtal (Avtal med Afa Försäkring): Uppgiften saknas.',
    ]);
  });

  it.each(COLUMNS.slice(0, 15))('refuses a blank %s and names it once', (column) => {
    const plan = planCsvImport(`${HEADER}\n${row({ [column]: '' })}\n`);
    expect(plan.records.insatser).toEqual([]);
    const errors = plan.rejected[0]?.errors ?? [];
    expect(errors.filter((e) => e.column === column).map((e) => e.reason.sv)).toEqual([
      'Uppgiften saknas.',
    ]);
  });

  it('refuses a header with the same column twice, and imports nothing', () => {
    const plan = planCsvImport(`${HEADER};Kostnad\n${row()};2000\n`);
    expect(plan.fileErrors.map((e) => e.sv)).toEqual([
      'Rad 1, kostnad (Kostnad): Kolumnen finns två gånger i rubrikraden; ta bort den ena.',
    ]);
    expect(plan.records.insatser).toEqual([]);
  });

  it('warns about a column it does not know, e.g. a typo of an optional one', () => {
    const plan = planCsvImport(`${HEADER};stallningstagande\n${row()};Kan arbeta 50 %\n`);
    expect(plan.warnings.map((w) => w.en)).toEqual([
      'Line 1, stallningstagande (stallningstagande): The column is unknown and is not read (a typo?).',
    ]);
  });
});

describe('line numbers', () => {
  it('counts a line break inside a quoted cell, so the rejected row is named by its own line', () => {
    const text = `${HEADER}\r\n${row({ beskrivning: '"Rad ett\r\nrad två\r\nrad tre"' })}\r\n${row({ kostnad: 'tusen', insats_namn: 'Annat' })}\r\n`;
    const plan = planCsvImport(text);
    expect(plan.records.insatser[0]?.description).toBe('Rad ett\r\nrad två\r\nrad tre');
    expect(plan.rejected[0]?.line).toBe(5);
    expect(plan.rejected[0]?.errors[0]?.sv).toMatch(/^Rad 5, kostnad/);
  });
});

describe('the same employer or employee on two rows', () => {
  it('refuses a later row that describes the employer differently, naming the first line', () => {
    const plan = planCsvImport(
      `${HEADER}\n${row()}\n${row({ sektor: 'region', insats_namn: 'Stödsamtal 2' })}\n`,
    );
    expect(plan.records.employers[0]?.sector).toBe('kommun');
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 3, arbetsgivare_orgnr (Arbetsgivarens organisationsnummer): Uppgifterna skiljer sig från rad 2 om samma arbetsgivare eller medarbetare; rätta så att raderna stämmer.',
    ]);
  });
});

describe('issue 9’s columns', () => {
  const header = `${HEADER};moms;drar_av_moms;medarbetaravtal`;

  it('reads VAT per insats and the employer’s VAT deduction and medarbetaravtal', () => {
    const plan = planCsvImport(
      `${header}\n${row({ sektor: 'privat', afa_avtal: 'AGS' })};375,50;nej;ja\n`,
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.records.insatser[0]?.vat).toBe(375.5);
    expect(plan.records.employers[0]).toMatchObject({ deductsVat: false, medarbetaravtal: true });
  });

  it('leaves them out when blank, so the contract’s defaults hold (no VAT, deducts, no agreement)', () => {
    const plan = planCsvImport(`${header}\n${row()};;;\n`);
    expect(plan.records.insatser[0]).not.toHaveProperty('vat');
    expect(plan.records.employers[0]).not.toHaveProperty('deductsVat');
    expect(plan.records.employers[0]).not.toHaveProperty('medarbetaravtal');
  });

  it('refuses values it cannot read', () => {
    const plan = planCsvImport(`${header}\n${row()};mycket;kanske;-\n`);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 2, drar_av_moms (Drar av moms): Ange ja eller nej.',
      'Rad 2, medarbetaravtal (Medarbetaravtal): Ange ja eller nej.',
      'Rad 2, moms (Moms): Ange beloppet som t.ex. 12 345,50 eller 12345.50.',
    ]);
  });
});

describe('any text a spreadsheet may write', () => {
  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    .filter(
      (s) =>
        s.trim() === s &&
        s.trim().length > 0 &&
        !/[\p{Cc}\u202a-\u202e\u2066-\u2069\ufffd|]/u.test(s),
    );
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

  it('comes back exactly, with any delimiter, line break and quoting, at the right line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, description: text, breaks: fc.nat(2) }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (rows, d, eol) => {
          const lines = [COLUMNS.join(d)];
          let expectedLine = 2;
          const lineOf: number[] = [];
          for (const [n, r] of rows.entries()) {
            const description = r.description + `${eol}x`.repeat(r.breaks);
            const values = COLUMNS.map((c, i) =>
              c === 'insats_namn'
                ? quote(`${r.name} ${n}`)
                : c === 'beskrivning'
                  ? quote(description)
                  : c === 'kostnad'
                    ? quote('1 250,50')
                    : quote(VALUES[i] as string),
            );
            lines.push(values.join(d));
            lineOf.push(expectedLine);
            expectedLine += 1 + r.breaks;
          }
          // One last row refused on purpose: its line proves the count after the breaks.
          lines.push(
            COLUMNS.map((c, i) => (c === 'kostnad' ? 'tusen' : quote(VALUES[i] as string))).join(d),
          );
          const plan = planCsvImport(lines.join(eol) + eol);
          expect(plan.delimiter).toBe(d);
          expect(plan.records.insatser.map((i) => [i.name, i.description, i.cost])).toEqual(
            rows.map((r, n) => [
              `${r.name} ${n}`,
              r.description + `${eol}x`.repeat(r.breaks),
              1250.5,
            ]),
          );
          expect(plan.rejected.map((r) => r.line)).toEqual([expectedLine]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
