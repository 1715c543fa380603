import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromEntry, looksLikeDate, readDateEntry } from '../../../core/i18n/date-entry.ts';

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

describe('what a date field says about what was typed', () => {
  it.each([
    ['20260310', '2026-03-10'],
    ['2026-03-10', '2026-03-10'],
    ['10/3 2026', '2026-03-10'],
    ['29/2 2028', '2028-02-29'],
  ])('"%s" is read as %s', (typed, iso) => {
    expect(readDateEntry(typed)).toEqual({ ok: true, iso });
  });

  it('a day that does not exist is named, Swedish first, with the day it was read as', () => {
    const r = readDateEntry('30/2 2026');
    expect(r).toMatchObject({ ok: false, problem: 'no_such_day' });
    if (r.ok) return;
    expect(r.message.sv).toBe(
      '”30/2 2026” (2026-02-30) är ingen dag som finns i kalendern. Kontrollera dag och månad.',
    );
    expect(r.message.en).toBe(
      '“30/2 2026” (2026-02-30) is not a day in the calendar. Check the day and the month.',
    );
    expect(readDateEntry('2026-02-29')).toMatchObject({ ok: false, problem: 'no_such_day' });
    // A month swapped with the day (American order) is never quietly read as another day.
    expect(readDateEntry('20261303')).toMatchObject({ ok: false, problem: 'no_such_day' });
  });

  it('text that is not a date is quoted back with the forms that are read', () => {
    const r = readDateEntry(' 10 mars ');
    expect(r).toMatchObject({ ok: false, problem: 'unreadable' });
    if (r.ok) return;
    expect(r.message.sv).toBe(
      '”10 mars” kan inte läsas som ett datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10 (eller 20260310, 10/3 2026).',
    );
    expect(r.message.en).toContain('“10 mars” cannot be read as a date.');
  });

  it('an empty field says the date is missing', () => {
    const r = readDateEntry('  ');
    expect(r).toMatchObject({ ok: false, problem: 'missing' });
    if (r.ok) return;
    expect(r.message.sv).toBe('Datumet saknas. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10.');
  });
});
