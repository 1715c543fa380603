import { describe, expect, it } from 'vitest';
import {
  afaDeadline,
  fkDeadline,
  formatDateLong,
  formatKronor,
  parseOrganisationsnummer,
  parsePersonnummer,
} from '../../../core/index.ts';

describe('identifiers', () => {
  it.each([
    ['19121212+1212', '19121212-1212'],
    ['121212+1212', '19121212-1212'],
    ['201212121212', '20121212-1212'],
    ['900101-1239', '19900101-1239'],
    ['19900101 1239', '19900101-1239'],
  ])('accepts the personnummer %s as %s', (input, normalized) => {
    expect(parsePersonnummer(input)).toMatchObject({ ok: true, normalized });
  });

  it('recognises a samordningsnummer (day + 60)', () => {
    expect(parsePersonnummer('19810278-4421')).toMatchObject({ kind: 'samordningsnummer' });
  });

  it.each(['19900101-1234', '1990010', 'abc', '', '19901301-1234', '556016-0680x'])(
    'rejects %j as a personnummer',
    (input) => {
      expect(parsePersonnummer(input).ok).toBe(false);
    },
  );

  it('normalises organisationsnummer and rejects a wrong check digit', () => {
    expect(parseOrganisationsnummer('5560160680')).toMatchObject({
      ok: true,
      normalized: '556016-0680',
    });
    expect(parseOrganisationsnummer('16556016-0680')).toMatchObject({ normalized: '556016-0680' });
    expect(parseOrganisationsnummer('556016-0681').ok).toBe(false);
    expect(parseOrganisationsnummer('hello').ok).toBe(false);
  });
});

describe('formatting', () => {
  it('writes kronor the Swedish way with no-break spaces and the Unicode minus', () => {
    expect(formatKronor(12345.5)).toBe('12\u00a0345,50\u00a0kr');
    expect(formatKronor(20000)).toBe('20\u00a0000\u00a0kr');
    expect(formatKronor(-1500)).toBe('\u22121\u00a0500\u00a0kr');
  });

  it('writes dates in each language', () => {
    expect(formatDateLong('2025-02-03', 'sv')).toBe('3 februari 2025');
    expect(formatDateLong('2025-02-03', 'en')).toBe('3 February 2025');
  });
});

describe('deadlines', () => {
  it('moves FK 1 February to Monday when it is a weekend (lag 1930:173)', () => {
    expect(fkDeadline(2024)).toEqual({ stated: '2025-02-01', legal: '2025-02-03' });
    expect(fkDeadline(2025)).toEqual({ stated: '2026-02-01', legal: '2026-02-02' });
    expect(fkDeadline(2022)).toEqual({ stated: '2023-02-01', legal: '2023-02-01' });
  });

  it('puts Afa six months on, or on the last day of a shorter month', () => {
    expect(afaDeadline('2023-03-20')).toBe('2023-09-20');
    expect(afaDeadline('2025-08-31')).toBe('2026-02-28');
  });
});
