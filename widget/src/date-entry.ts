/**
 * A date as people type it, to the ISO date the estimate takes: `2026-03-10`, `20260310`,
 * `2026/03/10` and, day first as Swedes (and the British) write it, `10/3 2026` or `10/3/2026`.
 * Anything else comes back as typed (trimmed), so the schema names the mistake; no guess is made
 * about a value that could mean two days.
 */
const YMD = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const YMD_SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})(?:\s+|[/.-])(\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

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
