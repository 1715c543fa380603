/**
 * Kronor and long dates are written without Intl (its first formatter costs about 20 ms on the way
 * to the widget's first frame), so they must be exactly what Intl writes: checked against it here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDayMonth, formatKronor } from '../../../core/i18n/format.ts';

const whole = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const ore = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const intl = (n: number) => (Number.isInteger(n) ? whole : ore).format(n);

describe('kronor without Intl', () => {
  it.each([
    0,
    -0,
    5,
    -5,
    999,
    1000,
    -1234567,
    12.5,
    -0.5,
    0.004,
    -0.004,
    1234.565,
    0.1 + 0.2,
    1e21,
    2 ** 53 + 2,
  ])('%s is written as Intl writes it', (n) => {
    expect(formatKronor(n)).toBe(intl(n));
  });

  it('matches Intl for any amount in kronor and öre (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.integer({ min: -1e10, max: 1e10 }).map((ore) => ore / 100),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        ),
        (n) => {
          expect(formatKronor(n)).toBe(intl(n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('long dates without Intl', () => {
  it('match sv-SE and en-GB dateStyle long for every day from 1900 to 2100 (property)', () => {
    const sv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' });
    const en = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (d) => {
          const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          const local = new Date(d.getFullYear(), d.getMonth(), d.getDate());
          expect(formatDateLong(iso, 'sv')).toBe(sv.format(local));
          expect(formatDateLong(iso, 'en')).toBe(en.format(local));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('a day and month without Intl', () => {
  it('matches sv-SE and en-GB day and long month for every day of a leap year', () => {
    const sv = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long' });
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
    for (let d = new Date(2024, 0, 1); d.getFullYear() === 2024; d.setDate(d.getDate() + 1)) {
      expect(formatDayMonth(d.getMonth() + 1, d.getDate(), 'sv')).toBe(sv.format(d));
      expect(formatDayMonth(d.getMonth() + 1, d.getDate(), 'en')).toBe(en.format(d));
    }
  });
});
