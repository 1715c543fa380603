/**
 * EstimateInput (shared/domain/estimate-contract.md): what both surfaces pass to `estimateSplit`.
 * The scenario (estimate-scenario.ts) plus the optional identities of employer and employee.
 */
import * as z from 'zod/mini';
import { employeeGroup, err, isoDate } from './common.ts';
import {
  EstimateInsatsSchema,
  employerScenarioShape,
  insatserAreConsistent,
  insatserList,
  priorFkGrants,
  providerSchema,
} from './estimate-scenario.ts';
import { organisationsnummer, personnummer } from './identity.ts';

export { EstimateInsatsSchema };

export const EstimateInputSchema = z
  .object({
    asOf: isoDate,
    employer: z.object({
      ...employerScenarioShape,
      organisationsnummer: z.optional(organisationsnummer),
      name: z.optional(z.string(err('wrong_type'))),
    }),
    employee: z.object({
      group: employeeGroup,
      personnummer: z.optional(personnummer),
    }),
    provider: providerSchema,
    insatser: insatserList,
    priorFkGrants,
  })
  .check(insatserAreConsistent);

export type EstimateInput = z.output<typeof EstimateInputSchema>;
export type EstimateInsats = z.output<typeof EstimateInsatsSchema>;
