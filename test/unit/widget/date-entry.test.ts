import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromEntry, looksLikeDate } from '../../../widget/src/date-entry.ts';

describe('a date as people type it', () => {
  it.each([
    ['2026-03-10', '2026-03-10'],
    ['20260310', '2026-03-10'],
    [' 2026-03-10 ', '2026-03-10'],
    ['2026/3/10', '2026-03-10'],
    ['10/3 2026', '2026-03-10'],
    ['10/3/2026', '2026-03-10'],
    ['1/12 2025', '2025-12-01'],
  ])('"%s" is %s', (typed, iso) => {
    expect(dateFromEntry(typed)).toBe(iso);
    expect(looksLikeDate(typed)).toBe(true);
  });

  it.each(['2026-3', '3/10', '10 mars 2026', '2026-03-10x', '', '0310'])(
    '"%s" is left as typed, for the schema to name the mistake',
    (typed) => {
      expect(dateFromEntry(typed)).toBe(typed.trim());
      expect(looksLikeDate(typed)).toBe(false);
    },
  );

  it('reads every day the same in all three spellings (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        (d) => {
          const y = String(d.getFullYear());
          const m = String(d.getMonth() + 1);
          const day = String(d.getDate());
          const iso = `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
          expect(dateFromEntry(iso.replace(/-/g, ''))).toBe(iso);
          expect(dateFromEntry(iso)).toBe(iso);
          expect(dateFromEntry(`${day}/${m} ${y}`)).toBe(iso);
        },
      ),
    );
  });
});
