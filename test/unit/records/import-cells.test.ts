/**
 * What the import makes of single cells and bytes, where a wrong reading would be a wrong person,
 * date or amount in the records, or a message that names the wrong thing.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_MESSAGES } from '../../../core/i18n/messages-sheets.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import { decodeImportFile } from '../../../core/import/decode.ts';
import { recordFieldName } from '../../../core/import/field-error.ts';
import {
  cellText,
  headerWords,
  identifierText,
  readXlsxSheets,
} from '../../../core/import/xlsx.ts';

describe('a spreadsheet cell as the text a person would have typed', () => {
  it('writes yes/no cells as ja/nej, dates as ÅÅÅÅ-MM-DD, blanks and broken dates as nothing', () => {
    expect(cellText(true)).toBe('ja');
    expect(cellText(false)).toBe('nej');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(new Date('2026-03-10T00:00:00Z'))).toBe('2026-03-10');
    expect(cellText(new Date('0999-01-05T00:00:00Z'))).toBe('0999-01-05');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText('  Eva Ek ')).toBe('Eva Ek');
    expect(cellText(1850.5)).toBe('1850.5');
  });

  it('gives a personnummer typed as a number its leading zero back, and nothing else', () => {
    expect(identifierText(102284569)).toBe('0102284569');
    expect(identifierText(8507121237)).toBe('8507121237');
    // Not an identifier a number cell could have shortened: read as the number it is.
    expect(identifierText(-102284569)).toBe('-102284569');
    expect(identifierText(10228456.9)).toBe('10228456.9');
    expect(identifierText('010228-4569')).toBe('010228-4569');
  });

  it('matches headers whatever their case, Swedish letters and punctuation', () => {
    expect(headerWords('Org.nr')).toBe('org nr');
    expect(headerWords('  FÖRETAGETS   NAMN ')).toBe('foretagets namn');
    expect(headerWords('Besöksadress')).toBe('besoksadress');
    expect(headerWords('Ändrad (år)')).toBe('andrad ar');
    expect(headerWords('Café-namn')).toBe('cafe namn');
  });

  it('calls only a file that starts like the old Excel format old, and others unreadable', async () => {
    const old = await readXlsxSheets(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    const other = await readXlsxSheets(new Uint8Array([0xd0, 0x00, 0x00, 0x00, 1, 2, 3]));
    expect(old).toEqual({ ok: false, reason: SHEET_MESSAGES.xlsx_old_format });
    expect(other).toEqual({ ok: false, reason: SHEET_MESSAGES.xlsx_unreadable });
  });
});

describe('the file’s encoding', () => {
  it('reads a UTF-8 file with a byte-order mark and one bad byte as damaged UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe5, 0x42]);
    expect(decodeImportFile(bytes)).toMatchObject({ encoding: 'utf-8', damaged: true });
  });

  it('takes ÿ (C3 BF) as UTF-8, so a damaged UTF-8 file is never read as Windows-1252', () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0xbf, 0x42, 0xe5]);
    expect(decodeImportFile(bytes)).toMatchObject({ encoding: 'utf-8', damaged: true });
    // Ã followed by ö in Windows-1252 is no UTF-8 sequence: the file is Windows-1252.
    expect(decodeImportFile(new Uint8Array([0x41, 0xc3, 0xf6]))).toEqual({
      text: 'AÃö',
      encoding: 'windows-1252',
      damaged: false,
    });
  });
});

describe('messages that name the row, the column and the record', () => {
  const HEADER =
    'arbetsgivare_orgnr\tarbetsgivare_namn\tsektor\tafa_avtal\tpersonnummer\tmedarbetare_namn\tanstallningsgrupp\tkategori\tinsats_namn\tfk_typ\tpaborjad\tgenomford\tutforare\tkompetens\tkostnad';
  const ROW =
    '556016-0680\tExempel Bygg AB\tprivat\tAGS\t850712-1237\tAnna Andersson\tarbetare\tstodsamtal\tStödsamtal\tgenomföra\t2026-03-02\t2026-03-10\tEva Ek\tLeg. psykolog\t3000';

  it('names a tab-separated row with too few fields “the row”, with the delimiter as “tab”', () => {
    const plan = planCsvImport([HEADER, ROW, ROW.split('\t').slice(0, 14).join('\t')].join('\n'));
    expect(plan.delimiter).toBe('\t');
    expect(plan.records.insatser).toHaveLength(1);
    const [error] = plan.rejected[0]?.errors ?? [];
    expect(error?.field).toEqual({ sv: 'Raden', en: 'The row' });
    expect(error?.sv).toContain('Kontrollera avgränsaren (tab)');
    expect(error?.en).toContain('Check the delimiter (tab)');
  });

  it('names an unknown column as the file writes it, without the spaces around it', () => {
    const plan = planCsvImport([`${HEADER}\t Anteckning `, `${ROW}\tx`].join('\n'));
    expect(plan.warnings.map((w) => w.column)).toEqual(['Anteckning']);
    expect(plan.records.insatser).toHaveLength(1);
  });

  it('says in English too which line an employee differs from', () => {
    const other = ROW.replace('Anna Andersson', 'Anna Anderson').replace(
      '\tStödsamtal\t',
      '\tUppföljning\t',
    );
    const plan = planCsvImport([HEADER, ROW, other].join('\n'));
    expect(plan.rejected[0]?.errors.map((e) => [e.column, e.en])).toEqual([
      [
        'personnummer',
        'Line 3, personnummer (Personnummer): The details differ from line 2 about the same employer or employee; correct the rows so they agree.',
      ],
    ]);
  });

  it('names a record of a backup by kind and position, in both languages', () => {
    expect(recordFieldName(['records', 'insatser', 1, 'cost'])).toEqual({
      sv: 'Insats 2, Kostnad',
      en: 'Insats 2, Cost',
    });
    expect(recordFieldName(['employees', 0])).toEqual({ sv: 'Medarbetare 1', en: 'Employee 1' });
  });
});
