/**
 * Formatting shared by every surface: kronor and long dates exactly as Intl writes them for sv-SE
 * and en-GB, but without Intl, whose first formatter costs tens of milliseconds in Chromium.
 */
import { type IsoDate, parseIsoDate } from './dates.ts';

export type Lang = 'sv' | 'en';

/** A user-facing text in both languages. Swedish first. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** For what only Intl knows how to write (NaN, infinities): never an amount a user sees. */
let kronorFallback: Intl.NumberFormat | undefined;

const MONTHS: Record<Lang, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * Swedish kronor as `12 345 kr` or `12 345,50 kr`, with the no-break spaces and the Unicode minus
 * sign that `Intl` produces for sv-SE. English UI text keeps the Swedish currency format: the
 * amounts are Swedish kronor either way. Written without Intl, whose first sv-SE currency
 * formatter costs about 20 ms in Chromium, on the path to the widget's first frame; a property test
 * holds the output equal to Intl's (test/unit/widget/kronor-and-dates.test.ts).
 */
export function formatKronor(amount: number): string {
  if (!Number.isFinite(amount)) {
    kronorFallback ??= new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
    return kronorFallback.format(amount);
  }
  const negative = amount < 0 || Object.is(amount, -0);
  const abs = Math.abs(amount);
  // Whole kronor below a million, the common case in a batch of thousands of rows, without the
  // BigInt and the regular expression below.
  if (abs < 1e6 && Number.isInteger(abs)) {
    const sign = negative ? '\u2212' : '';
    if (abs < 1000) return `${sign}${abs}\u00a0kr`;
    const rest = abs % 1000;
    return `${sign}${(abs - rest) / 1000}\u00a0${rest < 10 ? '00' : rest < 100 ? '0' : ''}${rest}\u00a0kr`;
  }
  if (abs < 999_000) {
    // Kronor and öre below a million: toFixed rounds as before, the grouping is by hand.
    const fixed = abs.toFixed(2);
    const whole = fixed.slice(0, -3);
    const grouped = whole.length > 3 ? `${whole.slice(0, -3)}\u00a0${whole.slice(-3)}` : whole;
    return `${negative ? '\u2212' : ''}${grouped},${fixed.slice(-2)}\u00a0kr`;
  }
  // Whole kronor may be beyond 1e21, where String() switches to exponents; BigInt never does.
  const [whole, ore] = Number.isInteger(abs) ? [BigInt(abs).toString()] : abs.toFixed(2).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${negative ? '\u2212' : ''}${grouped}${ore === undefined ? '' : `,${ore}`}\u00a0kr`;
}

/**
 * A date as users read it: `3 februari 2025` / `3 February 2025`, as Intl writes sv-SE and en-GB
 * with `dateStyle: 'long'`, without Intl's first-call cost (the same property test checks it).
 */
export function formatDateLong(date: IsoDate, lang: Lang): string {
  // Read from the text when the day exists in every month; a later day goes through Date, which
  // rolls 30 February over as it always has.
  const day = Number(date.slice(8, 10));
  const month = Number(date.slice(5, 7));
  if (date.length === 10 && date[0] !== '0' && day >= 1 && day <= 28 && month >= 1 && month <= 12) {
    return `${formatDayMonth(month, day, lang)} ${Number(date.slice(0, 4))}`;
  }
  const d = parseIsoDate(date);
  return `${formatDayMonth(d.getMonth() + 1, d.getDate(), lang)} ${d.getFullYear()}`;
}

/** A day of the year without its year, `1 februari` / `1 February` (FK's yearly deadline). */
export function formatDayMonth(month: number, day: number, lang: Lang): string {
  return `${day} ${MONTHS[lang][month - 1]}`;
}

/** Picks the text of one language. */
export function t(text: Bilingual, lang: Lang): string {
  return text[lang];
}
