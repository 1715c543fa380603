/**
 * Formatting shared by every surface. Intl formatters are created once: the first
 * `Intl.NumberFormat` costs tens of milliseconds in Chromium.
 */
import { type IsoDate, parseIsoDate } from './dates.ts';

export type Lang = 'sv' | 'en';

/** A user-facing text in both languages. Swedish first. */
export interface Bilingual {
  sv: string;
  en: string;
}

let kronorWhole: Intl.NumberFormat | undefined;
let kronorOre: Intl.NumberFormat | undefined;
const longDates = new Map<Lang, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();

/**
 * Swedish kronor as `12 345 kr` or `12 345,50 kr`, with the no-break spaces and the Unicode minus
 * sign that `Intl` produces for sv-SE. English UI text keeps the Swedish currency format: the
 * amounts are Swedish kronor either way.
 */
export function formatKronor(amount: number): string {
  const whole = Number.isInteger(amount);
  if (whole) {
    kronorWhole ??= new Intl.NumberFormat('sv-SE', {
      style: 'currency',
      currency: 'SEK',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    return kronorWhole.format(amount);
  }
  kronorOre ??= new Intl.NumberFormat('sv-SE', {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return kronorOre.format(amount);
}

/** A date as users read it: `3 februari 2025` / `3 February 2025`. */
export function formatDateLong(date: IsoDate, lang: Lang): string {
  const key = `${lang}${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    let f = longDates.get(lang);
    if (!f) {
      f = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' });
      longDates.set(lang, f);
    }
    text = f.format(parseIsoDate(date));
    if (formattedDates.size > 2000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/** Picks the text of one language. */
export function t(text: Bilingual, lang: Lang): string {
  return text[lang];
}
