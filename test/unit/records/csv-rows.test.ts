/**
 * Rows as spreadsheets and people write them, and what the import must make of them: the same
 * records as earlier versions stored, the right line named in a message, nothing warned about that
 * is fine, and nothing stored that the file did not say.
 */
import { describe, expect, it } from 'vitest';
import { planCsvImport } from '../../../core/import/csv.ts';
import { type Cells, csvFile, EXAMPLE_CELLS } from './csv-example.ts';

const COLUMNS = Object.keys(EXAMPLE_CELLS);
const file = (rows: Cells[], options: { delimiter?: string; lineEnd?: string } = {}) =>
  csvFile(rows, options);

describe('the records a row becomes', () => {
  it('has the ids earlier versions stored, so importing again updates instead of doubling', () => {
    const plan = planCsvImport(file([{}]));
    expect(plan.records.employers.map((e) => e.id)).toEqual(['ag-556016-0680']);
    expect(plan.records.employees.map((e) => e.id)).toEqual(['m-556016-0680-19850712-1237']);
    expect(plan.records.insatser.map((i) => i.id)).toEqual(['m-556016-0680-19850712-1237-1av80hh']);
  });

  it('is one employer whether the organisationsnummer is written with the dash or without', () => {
    const plan = planCsvImport(
      file([{}, { arbetsgivare_orgnr: '5560160680', personnummer: '900315-2346' }]),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.records.employers.map((e) => [e.id, e.organisationsnummer])).toEqual([
      ['ag-556016-0680', '556016-0680'],
    ]);
    expect(plan.records.employees).toHaveLength(2);
  });

  it('gives two insatser that differ in one cell an id each, never one for both', () => {
    const plan = planCsvImport(
      file([
        {},
        { kategori: 'utredning', fk_typ: 'utreda', stallningstaganden: 'Kan arbeta.' },
        { paborjad: '2026-03-03' },
        { genomford: '2026-03-11' },
        { insats_namn: 'Stödsamtal 2' },
        { utforare: 'Per Ek' },
      ]),
    );
    expect(plan.rejected).toEqual([]);
    expect(new Set(plan.records.insatser.map((i) => i.id)).size).toBe(6);
  });

  it('keeps each position taken, without the spaces around it or an empty one after a last |', () => {
    const plan = planCsvImport(
      file([
        {
          kategori: 'utredning',
          fk_typ: 'utreda',
          stallningstaganden: ' Kan arbeta halvtid. | Behöver stöd. |',
        },
        { insats_namn: 'Utan', paborjad: '2026-04-01', genomford: '2026-04-02' },
      ]),
    );
    expect(plan.rejected).toEqual([]);
    const [withPositions, without] = plan.records.insatser;
    expect(withPositions?.positions).toEqual([
      { text: 'Kan arbeta halvtid.' },
      { text: 'Behöver stöd.' },
    ]);
    // None written is none stored: the 7026 shows no empty heading for them.
    expect(without).not.toHaveProperty('positions');
  });

  it('reads FK kinds with a last | left over, and refuses a cell of separators only, in words', () => {
    expect(
      planCsvImport(file([{ fk_typ: 'genomföra | följa upp |' }])).records.insatser[0]?.kinds,
    ).toEqual(['genomfora', 'folja_upp']);
    const plan = planCsvImport(file([{ fk_typ: '|' }]));
    expect(plan.records.insatser).toEqual([]);
    expect(plan.rejected[0]?.errors.map((e) => [e.sv, e.en])).toEqual([
      [
        'Rad 2, fk_typ (Typ av insats hos FK): Ange en eller flera av utreda, planera, initiera, genomföra, följa upp, åtskilda av |.',
        'Line 2, fk_typ (FK kind of insats): Enter one or more of utreda, planera, initiera, genomföra, följa upp, separated by |.',
      ],
    ]);
  });

  it('reads the agreement AGS-KL however the dash and spaces are typed', () => {
    for (const typed of ['AGS - KL', 'ags_kl', ' Ags-Kl ']) {
      const plan = planCsvImport(file([{ afa_avtal: typed, sektor: 'kommun' }]));
      expect(plan.records.employers[0]?.afaAgreement).toBe('AGS-KL');
    }
  });
});

describe('the file as a whole', () => {
  it.each([
    ['\n', 'LF'],
    ['\r', 'lone CR'],
  ])(
    'is a tab file by its header even when a row holds more commas than tabs (%#, %s)',
    (lineEnd) => {
      const items = Array.from({ length: 40 }, (_, n) => String(n + 1)).join(', ');
      const plan = planCsvImport(
        file([{ beskrivning: `Samtal om ${items}` }], { delimiter: '\t', lineEnd }),
      );
      expect(plan.delimiter).toBe('\t');
      expect(plan.rejected).toEqual([]);
      expect(plan.records.insatser[0]?.description).toBe(`Samtal om ${items}`);
    },
  );

  it('names the rows of a file with old Mac line ends (a lone CR) by their own lines', () => {
    const plan = planCsvImport(
      file([{}, { insats_namn: 'Andra' }, { kostnad: 'tusen', insats_namn: 'Annat' }], {
        lineEnd: '\r',
      }),
    );
    expect(plan.records.insatser).toHaveLength(2);
    expect(plan.rejected.map((r) => r.line)).toEqual([4]);
    expect(plan.rejected[0]?.errors[0]?.sv).toMatch(/^Rad 4, kostnad \(Kostnad\): /);
  });

  it('names the first row an employer was read on when a later row describes it differently', () => {
    const plan = planCsvImport(
      file([
        {},
        { personnummer: '900315-2346', medarbetare_namn: 'Kim Karlsson' },
        { personnummer: '751224-1238', medarbetare_namn: 'Lo Ek', arbetsgivare_namn: 'Annat AB' },
      ]),
    );
    expect(plan.rejected.map((r) => r.line)).toEqual([4]);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 4, arbetsgivare_orgnr (Arbetsgivarens organisationsnummer): Uppgifterna skiljer sig från rad 2 om samma arbetsgivare eller medarbetare; rätta så att raderna stämmer.',
    ]);
  });

  it('says a file with only its header row has no rows, in both languages', () => {
    const plan = planCsvImport(`${COLUMNS.join(';')}\n\n`);
    expect(plan.fileErrors.map((e) => [e.sv, e.en])).toEqual([
      ['Rad 1: Filen innehåller inga rader.', 'Line 1: The file contains no rows.'],
    ]);
    expect(plan.records.insatser).toEqual([]);
  });

  it('takes a blank header cell (a last delimiter Excel left) as no column, without a warning', () => {
    const text = file([{}, { insats_namn: 'Andra' }]).replace(/\n|$/g, ';$&');
    const plan = planCsvImport(text);
    expect(plan.warnings).toEqual([]);
    expect(plan.rejected).toEqual([]);
    expect(plan.records.insatser).toHaveLength(2);
  });

  it('warns about no ? in a UTF-8 file, where it is a question mark', () => {
    const plan = planCsvImport(file([{ insats_namn: 'Stödsamtal?' }]), undefined, {
      encoding: 'utf-8',
    });
    expect(plan.warnings).toEqual([]);
    expect(plan.records.insatser[0]?.name).toBe('Stödsamtal?');
    // Not even on a row refused for a control character in another cell.
    const refused = planCsvImport(
      file([{ insats_namn: 'Stödsamtal?', utforare: 'Eva\u0007 Ek' }]),
      undefined,
      { encoding: 'utf-8' },
    );
    expect(refused.warnings).toEqual([]);
    expect(refused.rejected[0]?.errors.map((e) => e.column)).toEqual(['utforare']);
  });
});

describe('rows about the same employer or employee', () => {
  it('keeps two employers of the same name, sector and agreement apart by organisationsnummer', () => {
    const plan = planCsvImport(
      file([{}, { arbetsgivare_orgnr: '556677-8899', personnummer: '900315-2346' }]),
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.records.employers.map((e) => e.id)).toEqual(['ag-556016-0680', 'ag-556677-8899']);
    expect(plan.records.employees.map((e) => e.employerId)).toEqual([
      'ag-556016-0680',
      'ag-556677-8899',
    ]);
  });

  it.each([
    ['afa_avtal', { afa_avtal: 'inget' }, 'arbetsgivare_orgnr'],
    ['sektor', { sektor: 'kommun', afa_avtal: 'AGS-KL' }, 'arbetsgivare_orgnr'],
    ['anstallningsgrupp', { anstallningsgrupp: 'tjansteman' }, 'personnummer'],
  ])(
    'refuses a later row that gives another %s, naming the first row',
    (_what, changed, column) => {
      const plan = planCsvImport(file([{}, { ...changed, insats_namn: 'Andra' }]));
      expect(plan.records.insatser).toHaveLength(1);
      expect(plan.rejected.map((r) => r.line)).toEqual([3]);
      expect(plan.rejected[0]?.errors.map((e) => [e.column, e.sv])).toEqual([
        [
          column,
          expect.stringContaining(
            'Uppgifterna skiljer sig från rad 2 om samma arbetsgivare eller medarbetare',
          ),
        ],
      ]);
    },
  );

  it('names the first row an employee was read on when a later row names them differently', () => {
    const plan = planCsvImport(
      file([
        {},
        { insats_namn: 'Andra' },
        { insats_namn: 'Tredje', medarbetare_namn: 'Anna Andersson Ek' },
      ]),
    );
    expect(plan.rejected.map((r) => r.line)).toEqual([4]);
    expect(plan.rejected[0]?.errors.map((e) => e.en)).toEqual([
      'Line 4, personnummer (Personnummer): The details differ from line 2 about the same employer or employee; correct the rows so they agree.',
    ]);
  });
});

describe('cells the import cannot read', () => {
  it('refuses FK kinds where one word is not a kind, naming the kinds it knows', () => {
    const plan = planCsvImport(file([{ fk_typ: 'utreda|granska' }]));
    expect(plan.records.insatser).toEqual([]);
    expect(plan.rejected[0]?.errors.map((e) => e.sv)).toEqual([
      'Rad 2, fk_typ (Typ av insats hos FK): Ange en eller flera av utreda, planera, initiera, genomföra, följa upp, åtskilda av |.',
    ]);
  });

  it('skips a line of spaces between rows, as it skips an empty one', () => {
    const text = file([{}, { insats_namn: 'Andra' }]).replace('\n', '\n   \n');
    const plan = planCsvImport(text);
    expect(plan.rows).toBe(2);
    expect(plan.rejected).toEqual([]);
    expect(plan.records.insatser).toHaveLength(2);
  });

  it('offers nothing to add or update when a required column is missing', () => {
    const text = file([{}]).replace(';kostnad;', ';pris;');
    const plan = planCsvImport(text);
    expect(plan.fileErrors.map((e) => e.column)).toEqual(['kostnad']);
    expect(plan.records).toEqual({ employers: [], employees: [], insatser: [] });
    for (const counts of [plan.added, plan.updated, plan.unchanged]) {
      expect(counts).toEqual({ employers: 0, employees: 0, insatser: 0 });
    }
  });
});

describe('what a second import changes', () => {
  it('counts an insats as updated when the file adds VAT it did not have, never as unchanged', () => {
    const first = planCsvImport(file([{}]));
    const stored = {
      employers: new Map(first.records.employers.map((r) => [r.id, r])),
      employees: new Map(first.records.employees.map((r) => [r.id, r])),
      insatser: new Map(first.records.insatser.map((r) => [r.id, r])),
    };
    const withVat = `${file([{}]).replace('\n', ';moms\n')};750`;
    const again = planCsvImport(withVat, stored);
    expect(again.updated.insatser).toBe(1);
    expect(again.unchanged.insatser).toBe(0);
    expect(again.records.insatser[0]?.vat).toBe(750);
  });

  it('refuses a later row that says the employer deducts VAT where the first left it blank', () => {
    // Row 2 leaves drar_av_moms blank, row 3 says nej.
    const [header, second, third] = file([{}, { insats_namn: 'Andra' }]).split('\n');
    const plan = planCsvImport([`${header};drar_av_moms`, `${second};`, `${third};nej`].join('\n'));
    expect(plan.records.insatser).toHaveLength(1);
    expect(plan.rejected.map((r) => [r.line, r.errors.map((e) => e.column)])).toEqual([
      [3, ['arbetsgivare_orgnr']],
    ]);
  });
});
