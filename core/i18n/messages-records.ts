import type { Bilingual } from './format.ts';
import { MESSAGES } from './messages.ts';
import { VAULT_MESSAGES } from './messages-vault.ts';

/** Messages of the records feature: import, backup and the documents built from records. */
export const RECORDS_MESSAGES = {
  json_invalid: {
    sv: 'Filen är inte giltig JSON.',
    en: 'The file is not valid JSON.',
  },
  backup_not_ours: MESSAGES.backup_not_ours,
  backup_too_new: VAULT_MESSAGES.backup_too_new,
  backup_would_change: {
    sv: 'Posten skulle inte återställas exakt som den är sparad; säkerhetskopian sparades inte.',
    en: 'The record would not be restored exactly as stored; the backup was not saved.',
  },
  duplicate_record: {
    sv: 'Samma id förekommer två gånger.',
    en: 'The same id occurs twice.',
  },
  reference_missing: {
    sv: 'Hänvisar till en post som inte finns i filen.',
    en: 'Refers to a record that is not in the file.',
  },
  csv_empty: {
    sv: 'Filen innehåller inga rader.',
    en: 'The file contains no rows.',
  },
  csv_column_missing: {
    sv: 'Kolumnen saknas i rubrikraden.',
    en: 'The column is missing from the header row.',
  },
  csv_column_twice: {
    sv: 'Kolumnen finns två gånger i rubrikraden; ta bort den ena.',
    en: 'The column occurs twice in the header row; remove one of them.',
  },
  csv_column_unknown: {
    sv: 'Kolumnen är okänd och läses inte (stavfel?).',
    en: 'The column is unknown and is not read (a typo?).',
  },
  csv_not_utf8: {
    sv: 'Värdet innehåller en byte som inte är giltig UTF-8 (filen är skadad eller blandar teckenkodningar); spara filen som UTF-8 igen.',
    en: 'The value holds a byte that is not valid UTF-8 (the file is damaged or mixes encodings); save the file as UTF-8 again.',
  },
  csv_unshowable: {
    sv: 'Värdet innehåller ett styrtecken som inte kan visas; skriv om värdet.',
    en: 'The value holds a control character that cannot be shown; retype the value.',
  },
  csv_question_mark: {
    sv: 'Värdet innehåller ?. I en fil sparad som Windows-1252 (Excel) står ? för tecken som inte kunde sparas, t.ex. en emoji. Kontrollera värdet, eller spara filen som UTF-8.',
    en: 'The value holds ?. In a file saved as Windows-1252 (Excel), ? stands for characters that could not be saved, such as an emoji. Check the value, or save the file as UTF-8.',
  },
  csv_amount: {
    sv: 'Ange beloppet som t.ex. 12 345,50 eller 12345.50.',
    en: 'Enter the amount as e.g. 12 345,50 or 12345.50.',
  },
  csv_kinds: {
    sv: 'Ange en eller flera av utreda, planera, initiera, genomföra, följa upp, åtskilda av |.',
    en: 'Enter one or more of utreda, planera, initiera, genomföra, följa upp, separated by |.',
  },
  csv_yes_no: { sv: 'Ange ja eller nej.', en: 'Enter ja (yes) or nej (no).' },
  csv_parse: {
    sv: 'Raden kunde inte läsas (kontrollera citattecken och avgränsare).',
    en: 'The row could not be read (check quotes and delimiters).',
  },
  provider_missing: {
    sv: 'Anordnaren (er egen organisation) är inte registrerad.',
    en: 'The provider (your own organisation) is not recorded.',
  },
  afa_sessions_missing: {
    sv: 'Samtalsbehandling: ange planerat antal samtal (Afa kräver det).',
    en: 'Talk therapy: give the planned number of sessions (Afa requires it).',
  },
  afa_practitioner_missing: {
    sv: 'Ange behandlarens namn och kompetens (Afa kräver det).',
    en: "Give the practitioner's name and competence (Afa requires it).",
  },
  afa_licence_or_practitioner_missing: {
    sv: 'Missbruksbehandling: ange anordnarens tillstånd från IVO, eller behandlarens namn och kompetens.',
    en: "Addiction treatment: give the provider's IVO licence, or the practitioner's name and competence.",
  },
  afa_course_content_missing: {
    sv: 'Kurs: beskriv kursens innehåll (Afa kräver det).',
    en: 'Course: describe what the course covers (Afa requires it).',
  },
  positions_missing: {
    sv: 'En utredning ska redovisa minst ett ställningstagande.',
    en: 'An investigation must report at least one position taken.',
  },
} satisfies Record<string, Bilingual>;

export type RecordsMessageKey = keyof typeof RECORDS_MESSAGES;
