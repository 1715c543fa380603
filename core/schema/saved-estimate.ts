/**
 * A saved widget estimate. It lives in the FHV site's origin, where any script on the page can read
 * IndexedDB, so it holds amounts, dates, categories and a name the employer chooses: never an
 * employee's name or personnummer. A name that looks like it holds a personnummer is refused.
 */
import * as z from 'zod/mini';
import { employeeGroup, err } from './common.ts';
import {
  employerScenarioShape,
  insatserAreConsistent,
  insatserList,
  priorFkGrants,
} from './estimate-scenario.ts';

/**
 * What people put between a personnummer's digits: spaces of any kind, every dash (hyphen, en and
 * em dash, minus sign), plus, dot, comma, slash, backslash, underscore, colon, and invisible
 * characters (soft hyphen, zero-width space and joiners).
 */
const SEPARATOR = '[\\s\\p{Pd}\\u2212\\u00ad\\u200b-\\u200d\\u2060\\ufeff+.,/\\\\_:]{1,3}';
const DIGIT_CHAIN = new RegExp(`\\d+(?:${SEPARATOR}\\d+)*`, 'gu');
const SEPARATOR_RUN = new RegExp(SEPARATOR, 'gu');

/** YYMMDD or YYYYMMDD then four digits, with a real month and a day (plus 60: samordningsnummer). */
function hasBirthDate(digits: string): boolean {
  const date = digits.length === 12 ? digits.slice(2, 8) : digits.slice(0, 6);
  if (digits.length === 12 && !['18', '19', '20'].includes(digits.slice(0, 2))) return false;
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6)) % 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Some neighbouring groups of digits that make ten or twelve digits together, starting with a
 * birth date: a personnummer or
 * samordningsnummer however it is written ("850712–1237", "19 85 07 12.1237", "Kurs 1 850712/1237").
 * NFKC first, so full-width digits and dashes count too. The birth date keeps "Offert 2026-03-10
 * 12 000 kr" allowed; a phone number that happens to start like one is refused, which is no loss in
 * a storage that any script on the page can read.
 */
export function looksLikePersonnummer(name: string): boolean {
  for (const chain of name.normalize('NFKC').match(DIGIT_CHAIN) ?? []) {
    const groups = chain.split(SEPARATOR_RUN);
    for (let from = 0; from < groups.length; from++) {
      let digits = '';
      for (let to = from; to < groups.length && digits.length < 12; to++) {
        digits += groups[to];
        if ((digits.length === 10 || digits.length === 12) && hasBirthDate(digits)) return true;
      }
    }
  }
  return false;
}

export const SAVED_ESTIMATE_NAME_MAX = 80;

export const savedEstimateName = z.string(err('required')).check(
  z.refine((s) => s.trim().length > 0, err('text_empty')),
  z.maxLength(SAVED_ESTIMATE_NAME_MAX, err('text_too_long')),
  z.refine((s) => !looksLikePersonnummer(s), err('name_looks_personal')),
);

/** The estimate without its date: a reopened estimate is computed again as of today. */
export const SavedScenarioSchema = z
  .object({
    employer: z.object(employerScenarioShape),
    employee: z.object({ group: employeeGroup }),
    provider: z.object({ fkApproved: z.boolean(err('wrong_type')) }),
    insatser: insatserList,
    priorFkGrants,
  })
  .check(insatserAreConsistent);

export const SavedEstimateSchema = z.object({
  id: z.string(err('required')).check(z.minLength(1, err('id_empty'))),
  name: savedEstimateName,
  /** ISO date-time of the last save. */
  savedAt: z.string(err('wrong_type')),
  /** The rule set's version when it was saved (RULESET.version). */
  ruleset: z.string(err('wrong_type')),
  scenario: SavedScenarioSchema,
});

export type SavedScenario = z.output<typeof SavedScenarioSchema>;
export type SavedEstimate = z.output<typeof SavedEstimateSchema>;
