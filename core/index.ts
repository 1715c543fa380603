/** The core both surfaces call (shared/domain/estimate-contract.md). */
export * from './estimate/index.ts';
export * from './i18n/amount.ts';
export * from './i18n/dates.ts';
export * from './i18n/format.ts';
export * from './ids/index.ts';
export * from './rules/index.ts';
export { type FieldError, toFieldErrors, type Validated, validate } from './schema/errors.ts';
export {
  type EstimateInput,
  EstimateInputSchema,
  type EstimateInsats,
  EstimateInsatsSchema,
} from './schema/estimate-input.ts';
export { type EstimateScenario, EstimateScenarioSchema } from './schema/estimate-scenario.ts';
