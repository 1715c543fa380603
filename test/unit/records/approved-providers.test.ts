import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApprovedProviderList,
  approvalStatus,
  describeApproval,
  listInForce,
  parseApprovedProviders,
} from '../../../core/import/approved-providers.ts';
import { readXlsxSheets, type Sheet, type SheetCell } from '../../../core/import/xlsx.ts';
import {
  listApprovedProviderLists,
  openApprovedProvidersDb,
  putApprovedProviderList,
} from '../../../core/store/approved-providers.ts';

const FIXTURE = 'test/fixtures/approved-providers/godkanda-anordnare.xlsx';

async function readFixture() {
  const read = await readXlsxSheets(readFileSync(FIXTURE));
  if (!read.ok) throw new Error(read.reason.en);
  return read.sheets;
}

describe('FK’s list of approved providers, from a LibreOffice-saved .xlsx', () => {
  it('finds the columns under the title rows and reads every valid provider once', async () => {
    const parsed = parseApprovedProviders(await readFixture());
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.providers.map((p) => p.organisationsnummer)).toEqual([
      '556677-8899',
      '556123-4567', // a number cell
      '802479-0001',
      '559012-3450', // the 12-digit form 16559012-3450
      '969612-3455',
    ]);
    // Listed twice, in two towns: one provider with both places.
    expect(parsed.providers[0]).toEqual({
      organisationsnummer: '556677-8899',
      name: 'Friskvårdarna FHV AB',
      places: ['Storgatan 1, 111 22 Stockholm', 'Kungsportsavenyen 3, 411 36 Göteborg'],
    });
    expect(parsed.columns.map((c) => c.header)).toEqual([
      'Anordnare',
      'Organisationsnummer',
      'Postadress',
      'Postnummer',
      'Ort',
    ]);
    expect(parsed.ignoredColumns).toEqual(['Telefon', 'Webbplats']);
    expect(parsed.dateInFile).toBe('2026-11-15');
  });

  it('says which rows it could not read, with line, column and reason in both languages', async () => {
    const parsed = parseApprovedProviders(await readFixture());
    expect(parsed.problems.map((p) => p.sv)).toEqual([
      'Rad 10, kolumnen ”Organisationsnummer”: Ogiltigt organisationsnummer (kontrollera siffrorna).',
      'Rad 11, kolumnen ”Anordnare”: Anordnarens namn saknas.',
    ]);
    expect(parsed.problems[1]?.en).toBe(
      'Line 11, column “Anordnare”: The provider’s name is missing.',
    );
    expect(parsed.rows).toBe(8);
  });
});

describe('reading the columns of a list nobody documented', () => {
  const providers = [
    ['Friskvårdarna FHV AB', '556677-8899', 'Storgatan 1', 'Stockholm'],
    ['Hälsopartner i Norr AB', '5561234567', 'Box 5', 'Umeå'],
    ['Rehabkompaniet HB', '969612-3455', 'Torget 4', 'Karlstad'],
  ] as const;
  const headers = ['Anordnarens namn', 'Org.nr', 'Gatuadress', 'Postort'];

  it('reads the same providers whatever the order of columns, extra columns and title rows', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.nat(5),
        fc.boolean(),
        (order, titleRows, upperCase) => {
          // Columns 4 and 5 are extras the reader must step over.
          const head = [...headers, 'Telefon', 'Kommentar'].map((h) =>
            upperCase ? h.toUpperCase() : h,
          );
          const body = providers.map((p) => [...p, '010-12 34 56', 'x']);
          const pick = (row: readonly string[]) => order.map((i) => row[i] as string);
          const rows: SheetCell[][] = [
            ...Array.from({ length: titleRows }, (_, i) => [`Rubrik ${i}`]),
            pick(head),
            ...body.map(pick),
          ];
          const parsed = parseApprovedProviders([{ name: 'Blad1', rows }]);
          expect(parsed.fileErrors).toEqual([]);
          expect(parsed.problems).toEqual([]);
          expect(parsed.providers.map((p) => [p.name, p.organisationsnummer])).toEqual([
            ['Friskvårdarna FHV AB', '556677-8899'],
            ['Hälsopartner i Norr AB', '556123-4567'],
            ['Rehabkompaniet HB', '969612-3455'],
          ]);
          expect(parsed.providers[0]?.places).toEqual(['Storgatan 1, Stockholm']);
        },
      ),
    );
  });

  it('never loses a row: each row below the header is read, merged into one, or named', () => {
    const cell = fc.oneof(
      fc.constantFrom('556677-8899', '5561234567', '969612-3455', '556677-8898', '', 'x'),
      fc.string({ maxLength: 8 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 30 }), (body) => {
        const rows: SheetCell[][] = [['Namn', 'Organisationsnummer'], ...body];
        const parsed = parseApprovedProviders([{ name: 'A', rows }]);
        const named = new Set(parsed.problems.map((p) => p.line));
        const names = new Set(parsed.providers.map((p) => p.name));
        body.forEach((row, i) => {
          if (row.every((c) => String(c).trim() === '')) return;
          const line = i + 2;
          expect(names.has(String(row[0]).trim()) || named.has(line)).toBe(true);
        });
        expect(parsed.rows).toBe(body.filter((r) => r.some((c) => String(c).trim() !== '')).length);
      }),
    );
  });

  it('reads other header names, joins the address, and notes a provider listed under two names', () => {
    const rows: SheetCell[][] = [
      ['Företagsnamn', 'Orgnr', 'Postadress', 'Postnummer', 'Ort'],
      ['Friskvårdarna FHV AB', '556677-8899', 'Storgatan 1', '111 22', 'Stockholm'],
      ['Friskvårdarna FHV AB', '5566778899', 'Storgatan 1', '111 22', 'Stockholm'],
      ['Friskvårdarna AB', '556677-8899', '', '', 'Uppsala'],
    ];
    const parsed = parseApprovedProviders([{ name: 'A', rows }]);
    expect(parsed.columns.map((c) => c.column)).toEqual([
      'name',
      'organisationsnummer',
      'address',
      'postalCode',
      'city',
    ]);
    expect(parsed.providers).toEqual([
      {
        organisationsnummer: '556677-8899',
        name: 'Friskvårdarna FHV AB',
        places: ['Storgatan 1, 111 22 Stockholm', 'Uppsala'],
      },
    ]);
    expect(parsed.problems.map((p) => [p.line, p.severity, p.column])).toEqual([
      [4, 'note', 'Företagsnamn'],
    ]);
  });

  it('says so when no header row can be found, or the workbook is empty', () => {
    const noHeader = parseApprovedProviders([{ name: 'A', rows: [['Telefon', 'Webbplats']] }]);
    expect(noHeader.fileErrors.map((e) => e.sv)).toEqual([
      'Rad 1: Hittade ingen rubrikrad med organisationsnummer och anordnarens namn bland de första 30 raderna.',
    ]);
    const empty = parseApprovedProviders([{ name: 'A', rows: [] }]);
    expect(empty.fileErrors.map((e) => e.en)).toEqual(['Line 1: The workbook contains no rows.']);
  });

  it('names the sheet when a workbook holds the list sorted two ways', () => {
    const sheet = (name: string, orgnr: string): Sheet => ({
      name,
      rows: [
        ['Anordnare', 'Organisationsnummer'],
        ['Friskvårdarna FHV AB', orgnr],
      ],
    });
    const parsed = parseApprovedProviders([
      sheet('Per anordnare', '556677-8899'),
      sheet('Per postort', '556677-8898'),
    ]);
    expect(parsed.providers).toHaveLength(1);
    expect(parsed.problems.map((p) => p.sv)).toEqual([
      'Blad ”Per postort”, rad 2, kolumnen ”Organisationsnummer”: Ogiltigt organisationsnummer (kontrollera siffrorna).',
    ]);
  });
});

describe('files that are not a readable .xlsx', () => {
  it('tells an old .xls, an empty file and a broken file apart', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readXlsxSheets(xls)).toMatchObject({
      ok: false,
      reason: { sv: expect.stringContaining('äldre Excel-fil (.xls)') },
    });
    expect(await readXlsxSheets(new Uint8Array())).toMatchObject({
      ok: false,
      reason: { en: 'The file is empty.' },
    });
    const whole = readFileSync(FIXTURE);
    for (const bytes of [whole.subarray(0, whole.length - 1), new TextEncoder().encode('a;b')]) {
      expect(await readXlsxSheets(bytes)).toMatchObject({
        ok: false,
        reason: { sv: expect.stringContaining('kunde inte läsas som en Excel-arbetsbok') },
      });
    }
  });

  it('never throws on corrupted bytes, whatever was flipped', async () => {
    const whole = new Uint8Array(readFileSync(FIXTURE));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(whole.length - 1),
        fc.integer({ min: 1, max: 255 }),
        async (at, x) => {
          const bytes = whole.slice();
          bytes[at] = (bytes[at] as number) ^ x;
          const read = await readXlsxSheets(bytes);
          if (read.ok) parseApprovedProviders(read.sheets);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('whether a provider is on the list in force', () => {
  const list = (listDate: string, ...orgnrs: string[]): ApprovedProviderList => ({
    listDate,
    importedAt: '2026-11-20T10:00:00.000Z',
    fileName: 'godkanda-anordnare.xlsx',
    providers: orgnrs.map((o) => ({ organisationsnummer: o, name: 'X', places: [] })),
  });

  it('matches any spelling of the organisationsnummer and says the list’s date', () => {
    const l = list('2026-11-15', '556677-8899');
    for (const spelling of ['556677-8899', '5566778899', '16556677-8899', ' 556677 8899 ']) {
      expect(approvalStatus(l, spelling).status).toBe('listed');
    }
    const notListed = approvalStatus(l, '556123-4567');
    expect(notListed).toEqual({ status: 'not-listed', listDate: '2026-11-15' });
    expect(describeApproval(notListed).sv).toContain(
      'Står inte på Försäkringskassans lista över godkända anordnare (listan från 15 november 2026)',
    );
    expect(approvalStatus(undefined, '556677-8899').status).toBe('no-list');
    expect(approvalStatus(l, '556677-8898').status).toBe('invalid-orgnr');
  });

  it('says in both languages whether the provider is listed, and by which list', () => {
    const l = list('2026-11-15', '556677-8899');
    const listed = approvalStatus(l, '5566778899');
    expect(listed).toMatchObject({ status: 'listed', listDate: '2026-11-15' });
    expect(describeApproval(listed)).toEqual({
      sv: 'Står på Försäkringskassans lista över godkända anordnare (listan från 15 november 2026).',
      en: 'On Försäkringskassan’s list of approved providers (the list of 15 November 2026).',
    });
    expect(describeApproval(approvalStatus(l, '556123-4567')).en).toBe(
      'Not on Försäkringskassan’s list of approved providers (the list of 15 November 2026). Försäkringskassan only pays for insatser by approved providers.',
    );
    expect(describeApproval(approvalStatus(undefined, '556677-8899'))).toEqual({
      sv: 'Ingen lista över godkända anordnare är importerad.',
      en: 'No list of approved providers has been imported.',
    });
    expect(describeApproval(approvalStatus(l, '556677-8898')).sv).toBe(
      'Ogiltigt organisationsnummer (kontrollera siffrorna).',
    );
  });

  it('takes the newest list dated on or before the day, else the oldest there is', () => {
    const lists = [list('2026-06-01'), list('2025-01-15'), list('2026-11-15')];
    expect(listInForce(lists, '2026-07-01')?.listDate).toBe('2026-06-01');
    expect(listInForce(lists, '2026-11-15')?.listDate).toBe('2026-11-15');
    expect(listInForce(lists, '2024-03-01')?.listDate).toBe('2025-01-15');
    expect(listInForce([], '2026-01-01')).toBeUndefined();
  });

  it('stores lists by date in a database of its own, and refuses a list with a bad number', async () => {
    const db = await openApprovedProvidersDb(`anordnarlista-${Math.random()}`);
    await putApprovedProviderList(db, list('2026-11-15', '556677-8899'));
    await putApprovedProviderList(db, list('2026-06-01', '556123-4567'));
    await putApprovedProviderList(db, list('2026-11-15', '969612-3455'));
    const stored = await listApprovedProviderLists(db);
    expect(stored.map((l) => [l.listDate, l.providers[0]?.organisationsnummer])).toEqual([
      ['2026-06-01', '556123-4567'],
      ['2026-11-15', '969612-3455'],
    ]);
    await expect(putApprovedProviderList(db, list('2026-11-16', '556677-8898'))).rejects.toThrow();
    await expect(putApprovedProviderList(db, list('15/11/2026', '556677-8899'))).rejects.toThrow();
    db.close();
  });
});

describe('the list as FK sorts it by postal address, with a heading row per town', () => {
  it('reads the providers and notes the headings and the footnote without rejecting them', async () => {
    const read = await readXlsxSheets(
      readFileSync('test/fixtures/approved-providers/godkanda-anordnare-postort.xlsx'),
    );
    if (!read.ok) throw new Error(read.reason.en);
    const parsed = parseApprovedProviders(read.sheets);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.dateInFile).toBe('2026-06-01');
    expect(parsed.columns.map((c) => [c.column, c.header])).toEqual([
      ['city', 'Postort'],
      ['organisationsnummer', 'Org.nr'],
      ['name', 'Namn'],
      ['address', 'Besöksadress'],
      ['postalCode', 'Postnr'],
    ]);
    expect(parsed.providers).toEqual([
      {
        organisationsnummer: '556677-8899',
        name: 'Friskvårdarna FHV AB',
        places: ['Kungsportsavenyen 3, 411 36 Göteborg', 'Storgatan 1, 111 22 Stockholm'],
      },
      {
        organisationsnummer: '559012-3450',
        name: 'Företagshälsan Syd AB',
        places: ['Södra Förstadsgatan 20, 211 43 Malmö'],
      },
      {
        organisationsnummer: '556123-4567',
        name: 'Hälsopartner Stockholm AB',
        places: ['Sveavägen 10, 111 57 Stockholm'],
      },
    ]);
    expect(parsed.problems.filter((p) => p.severity === 'rejected').map((p) => p.sv)).toEqual([
      'Rad 9, kolumnen ”Org.nr”: Ogiltigt organisationsnummer (kontrollera siffrorna).',
    ]);
    // GÖTEBORG, MALMÖ, STOCKHOLM and the footnote.
    expect(parsed.problems.filter((p) => p.severity === 'note').map((p) => p.line)).toEqual([
      5, 7, 10, 13,
    ]);
  });
});
