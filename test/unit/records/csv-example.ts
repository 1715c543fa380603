/**
 * The example insats row of the import's CSV tests, cell by cell, and a file made of it: each test
 * changes only the cells it is about.
 */
export const EXAMPLE_CELLS = {
  arbetsgivare_orgnr: '556016-0680',
  arbetsgivare_namn: 'Exempel Bygg AB',
  sektor: 'privat',
  afa_avtal: 'AGS',
  personnummer: '850712-1237',
  medarbetare_namn: 'Anna Andersson',
  anstallningsgrupp: 'arbetare',
  kategori: 'stodsamtal',
  insats_namn: 'Stödsamtal',
  fk_typ: 'genomföra',
  paborjad: '2026-03-02',
  genomford: '2026-03-10',
  utforare: 'Eva Ek',
  kompetens: 'Leg. psykolog',
  kostnad: '3000',
  beskrivning: '',
  stallningstaganden: '',
};

export type Cells = Partial<Record<string, string>>;

/** A file with `cells`' columns and one line per row, each `cells` with the row's changes. */
export function csvFile(
  rows: Cells[],
  { cells = EXAMPLE_CELLS as Record<string, string>, delimiter = ';', lineEnd = '\n' } = {},
): string {
  const columns = Object.keys(cells);
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? cells[c]))]
    .map((line) => line.join(delimiter))
    .join(lineEnd);
}
