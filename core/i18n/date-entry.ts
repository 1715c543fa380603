/**
 * A date as people type it, to the ISO date the records and the estimate take: `2026-03-10`,
 * `20260310`, `2026/03/10` and, day first as Swedes (and the British) write it, `10/3 2026` or
 * `10/3/2026`. The one reader of typed dates: the widget's form and the dashboard's insats form
 * both call it. No guess is made about a value that could mean two days, and what was typed is
 * never rewritten: a date that cannot be read, or a day that does not exist, is said in words.
 */
import { isIsoDate } from './dates.ts';
import type { Bilingual } from './format.ts';

const YMD = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const YMD_SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})(?:\s+|[/.-])(\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

/** The entry as `YYYY-MM-DD` when it reads as a date; anything else comes back as typed (trimmed). */
export function dateFromEntry(text: string): string {
  const t = text.trim();
  const ymd = YMD.exec(t) ?? YMD_SLASHED.exec(t);
  if (ymd) return `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`;
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  return t;
}

/** True when the entry reads as a date (its day may still not exist: the schema says so). */
export function looksLikeDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(dateFromEntry(text));
}

/** The placeholder of a date field, in the page's language. */
export const DATE_ENTRY_PLACEHOLDER: Bilingual = { sv: 'ÅÅÅÅ-MM-DD', en: 'YYYY-MM-DD' };

export const DATE_ENTRY_MESSAGES = {
  missing: {
    sv: 'Datumet saknas. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10.',
    en: 'The date is missing. Write it as YYYY-MM-DD, e.g. 2026-03-10.',
  },
} as const satisfies Record<string, Bilingual>;

/** “10 mars” cannot be read: the words say what was typed and the forms that are read. */
export function unreadableDate(typed: string): Bilingual {
  return {
    sv: `”${typed}” kan inte läsas som ett datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10 (eller 20260310, 10/3 2026).`,
    en: `“${typed}” cannot be read as a date. Write it as YYYY-MM-DD, e.g. 2026-03-10 (or 20260310, 10/3/2026).`,
  };
}

/** `2026-02-30` reads as a date, but that day does not exist. */
export function noSuchDay(typed: string, iso: string): Bilingual {
  const as = typed === iso ? '' : ` (${iso})`;
  return {
    sv: `”${typed}”${as} är ingen dag som finns i kalendern. Kontrollera dag och månad.`,
    en: `“${typed}”${as} is not a day in the calendar. Check the day and the month.`,
  };
}

export type DateEntry =
  | { ok: true; iso: string }
  | { ok: false; problem: 'missing' | 'unreadable' | 'no_such_day'; message: Bilingual };

/** Reads a typed date: the ISO date, or why it is not one (missing, unreadable, no such day). */
export function readDateEntry(text: string): DateEntry {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'missing', message: DATE_ENTRY_MESSAGES.missing };
  const iso = dateFromEntry(typed);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return { ok: false, problem: 'unreadable', message: unreadableDate(typed) };
  }
  if (!isIsoDate(iso)) {
    return { ok: false, problem: 'no_such_day', message: noSuchDay(typed, iso) };
  }
  return { ok: true, iso };
}
