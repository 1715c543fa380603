/**
 * A saved estimate's name lives in storage any script on the FHV page can read, so a name holding a
 * personnummer is refused however it is written: the plain form, other dashes, dots, slashes,
 * spaces, full-width digits, invisible characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { savedEstimateName } from '../../../core/schema/saved-estimate.ts';

const refused = (name: string) => {
  const r = savedEstimateName.safeParse(name);
  return !r.success && r.error.issues.some((i) => i.message === 'name_looks_personal');
};

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, '\uff0d');

describe('a saved estimate name with a personnummer', () => {
  it.each([
    ['plain', 'Anna 850712-1237'],
    ['twelve digits', 'Anna 19850712-1237'],
    ['no separator', 'kalkyl 8507121237'],
    ['plus (over 100)', 'Kalkyl 850712+1237'],
    ['en dash', 'Anna 850712–1237'],
    ['em dash', 'Anna 850712—1237'],
    ['minus sign', 'Anna 850712−1237'],
    ['non-breaking hyphen', 'Anna 850712‑1237'],
    ['dot', 'Anna 850712.1237'],
    ['slash', 'Anna 850712/1237'],
    ['space', 'Anna 850712 1237'],
    ['spaced dash', 'Anna 850712 - 1237'],
    ['no-break space', 'Anna 850712\u00a01237'],
    ['digit pairs', 'Anna 85 07 12 12 37'],
    ['dashed date', 'Anna 1985-07-12-1237'],
    ['full-width', FULL_WIDTH('Anna 850712-1237')],
    ['full-width, twelve', FULL_WIDTH('19850712-1237')],
    ['zero-width space', 'Anna 850712\u200b1237'],
    ['samordningsnummer', 'Kim 850772-1234'],
    ['after another number', 'Kurs 1 850712/1237'],
  ])('is refused: %s', (_how, name) => {
    expect(refused(name)).toBe(true);
  });

  it('is refused for any birth date, separator and spelling (property)', () => {
    const separators = [
      '',
      '-',
      '+',
      '–',
      '—',
      '−',
      '‐',
      '.',
      '/',
      ' ',
      ' - ',
      '\u00a0',
      '_',
      '\u200b',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom(...separators),
        fc.boolean(),
        fc.boolean(),
        fc.string({ maxLength: 10 }).filter((s) => !/\d/.test(s)),
        (year, month, day, last, sep, twelve, fullWidth, prefix) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const date = `${twelve ? year : two(year % 100)}${two(month)}${two(day)}`;
          const pnr = `${date}${sep}${String(last).padStart(4, '0')}`;
          const name = `${prefix} ${fullWidth ? FULL_WIDTH(pnr) : pnr}`;
          expect(refused(name)).toBe(true);
        },
      ),
    );
  });
});

describe('a saved estimate name without one', () => {
  it.each([
    'Stresskurs hösten',
    'Stöd 2026, 12 000 kr',
    'Offert 2026-03-10 12 000 kr',
    'Kurs 2025–2026',
    'Vecka 12, 3 × 1 200 kr',
    'Ärende 42',
  ])('is kept: %s', (name) => {
    expect(savedEstimateName.safeParse(name)).toEqual({ success: true, data: name });
  });
});
