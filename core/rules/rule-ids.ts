/**
 * The rule ids of `shared/domain/rules.md`. Every line of an estimate, every explanation and every
 * dated parameter names one of these, so that a number on screen can be traced back to its source.
 */
export const RULE_IDS = [
  'FK-RATE',
  'FK-CAP-EMPLOYEE',
  'FK-CAP-EMPLOYER',
  'FK-YEAR',
  'FK-DEADLINE',
  'FK-PAID-FIRST',
  'FK-PROVIDER',
  'FK-INDIVIDUAL',
  'FK-KINDS',
  'FK-ELIGIBLE',
  'FK-EXCLUDED',
  'FK-INVOICE',
  'FK-7026',
  'AFA-WHO',
  'AFA-RATE',
  'AFA-ELIGIBLE',
  'AFA-EXCLUDED',
  'AFA-DEADLINE',
  'AFA-INVOICE',
  'AFA-APPLY',
  'AFA-VAT',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
