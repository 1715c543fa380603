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

/** Six digits (a birth date) followed by four more, with or without a separator. */
const LOOKS_LIKE_PERSONNUMMER = /(^|\D)(\d{2})?\d{6}\s*[-+]?\s*\d{4}(\D|$)/;

export const SAVED_ESTIMATE_NAME_MAX = 80;

export const savedEstimateName = z.string(err('required')).check(
  z.refine((s) => s.trim().length > 0, err('text_empty')),
  z.maxLength(SAVED_ESTIMATE_NAME_MAX, err('text_too_long')),
  z.refine((s) => !LOOKS_LIKE_PERSONNUMMER.test(s), err('name_looks_personal')),
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
