/**
 * A date in the form the field asks for: its hint ("(ÅÅÅÅ-MM-DD)", "ååååmmdd", "DD/MM/ÅÅÅÅ") or
 * placeholder names the order, the separators and a two- or four-digit year. Without a hint, or
 * for `<input type="date">`, ISO: what FKUI's date fields store and accept.
 */
import { readable } from './text.ts';

const PATTERN =
  /([åay]{2,4}|[mM]{2}|[dDt]{2})([-/. ]?)([åay]{2,4}|[mM]{2}|[dDt]{2})\2([åay]{2,4}|[mM]{2}|[dDt]{2})/i;

function partOf(token: string): 'y' | 'm' | 'd' | undefined {
  const c = token[0]?.toLowerCase();
  if (c === 'å' || c === 'a' || c === 'y') return 'y';
  if (c === 'm') return 'm';
  if (c === 'd' || c === 't') return 'd';
  return undefined;
}

export function formatDateFor(iso: string, hint: string, type: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || type === 'date') return iso;
  const [, y = '', m = '', d = ''] = match;
  const found = PATTERN.exec(readable(hint));
  if (!found) return iso;
  const [, a = '', sep = '', b = '', c = ''] = found;
  const parts = [a, b, c].map((t) => ({ token: t, part: partOf(t) }));
  if (new Set(parts.map((p) => p.part)).size !== 3) return iso;
  const text = parts.map(({ token, part }) =>
    part === 'y' ? (token.length === 2 ? y.slice(2) : y) : part === 'm' ? m : d,
  );
  return text.join(sep);
}
