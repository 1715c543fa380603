/**
 * The estimate's scenario: everything `estimateSplit` needs and nothing that identifies a person or
 * an organisation. The widget validates its form with these (it never asks for a personnummer and
 * so ships no identifier library); `EstimateInputSchema` adds the optional identities on top.
 */
import * as z from 'zod/mini';
import {
  afaAgreement,
  amount,
  category,
  employeeGroup,
  err,
  fkKinds,
  isoDate,
  sector,
} from './common.ts';

export const EstimateInsatsSchema = z.object({
  id: z.string(err('required')).check(z.minLength(1, err('id_empty'))),
  category,
  startedOn: isoDate,
  performedOn: isoDate,
  /** What the employer paid, excluding VAT. */
  cost: amount,
  /** The VAT on it (default 0: most occupational-health care is VAT-exempt). */
  vat: z.optional(amount),
  /** Optional: the FK kinds utreda/planera/initiera/genomföra/följa upp. */
  kinds: z.optional(fkKinds),
});

export const priorGrant = z.object({ employee: amount, employer: amount });

export const insatserList = z
  .array(EstimateInsatsSchema, err('insatser_empty'))
  .check(z.minLength(1, err('insatser_empty')));

export const priorFkGrants = z.optional(
  z.record(
    z.string(err('year_invalid')).check(z.regex(/^\d{4}$/, err('year_invalid'))),
    priorGrant,
  ),
);

/** Ids unique; started on or before carried out. Issues point at the insats and field. */
export const insatserAreConsistent = z.superRefine(
  (input: { insatser: z.output<typeof EstimateInsatsSchema>[] }, ctx) => {
    const seen = new Set<string>();
    input.insatser.forEach((insats, i) => {
      if (seen.has(insats.id)) {
        ctx.issues.push({
          code: 'custom',
          message: 'duplicate_id',
          path: ['insatser', i, 'id'],
          input: insats.id,
        });
      }
      seen.add(insats.id);
      if (insats.startedOn > insats.performedOn) {
        ctx.issues.push({
          code: 'custom',
          message: 'started_after_performed',
          path: ['insatser', i, 'startedOn'],
          input: insats.startedOn,
        });
      }
    });
  },
);

export const providerSchema = z.object({
  fkApproved: z.boolean(err('wrong_type')),
  name: z.optional(z.string(err('wrong_type'))),
});

/** The employer facts the split depends on (contract: employer.*). */
export const employerScenarioShape = {
  sector,
  afaAgreement,
  /** AFA-WHO: a private employer's collective agreement covers salaried staff too. Default false. */
  medarbetaravtal: z.optional(z.boolean(err('wrong_type'))),
  /** The VAT assumption: the employer deducts (or is compensated for) VAT. Default true. */
  deductsVat: z.optional(z.boolean(err('wrong_type'))),
};

export const EstimateScenarioSchema = z
  .object({
    asOf: isoDate,
    employer: z.object(employerScenarioShape),
    employee: z.object({ group: employeeGroup }),
    provider: providerSchema,
    insatser: insatserList,
    priorFkGrants,
  })
  .check(insatserAreConsistent);

export type EstimateScenario = z.output<typeof EstimateScenarioSchema>;
