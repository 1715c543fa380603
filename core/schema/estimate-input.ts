/**
 * EstimateInput (shared/domain/estimate-contract.md): what both surfaces pass to `estimateSplit`.
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
  organisationsnummer,
  personnummer,
  sector,
} from './common.ts';

export const EstimateInsatsSchema = z.object({
  id: z.string(err('required')).check(z.minLength(1, err('id_empty'))),
  category,
  startedOn: isoDate,
  performedOn: isoDate,
  cost: amount,
  /** Optional: the FK kinds utreda/planera/initiera/genomföra/följa upp. */
  kinds: z.optional(fkKinds),
});

const priorGrant = z.object({ employee: amount, employer: amount });

export const EstimateInputSchema = z
  .object({
    asOf: isoDate,
    employer: z.object({
      sector,
      afaAgreement,
      organisationsnummer: z.optional(organisationsnummer),
      name: z.optional(z.string(err('wrong_type'))),
    }),
    employee: z.object({
      group: employeeGroup,
      personnummer: z.optional(personnummer),
    }),
    provider: z.object({
      fkApproved: z.boolean(err('wrong_type')),
      name: z.optional(z.string(err('wrong_type'))),
    }),
    insatser: z
      .array(EstimateInsatsSchema, err('insatser_empty'))
      .check(z.minLength(1, err('insatser_empty'))),
    priorFkGrants: z.optional(
      z.record(
        z.string(err('year_invalid')).check(z.regex(/^\d{4}$/, err('year_invalid'))),
        priorGrant,
      ),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
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
    }),
  );

export type EstimateInput = z.output<typeof EstimateInputSchema>;
export type EstimateInsats = z.output<typeof EstimateInsatsSchema>;
