/**
 * Why a value was refused, in Swedish and English, from the estimate's messages only: what the
 * widget shows beside a field (it names the field with its own label, so it needs no field names).
 */
import type * as z from 'zod/mini';
import type { Bilingual } from '../i18n/format.ts';
import { ESTIMATE_MESSAGES } from '../i18n/messages-estimate.ts';

export interface IssueReason {
  /** Dotted path in the data, e.g. `insatser.1.cost`. */
  path: string;
  reason: Bilingual;
}

export function estimateReason(issue: z.core.$ZodIssue): Bilingual {
  const m = ESTIMATE_MESSAGES as Record<string, Bilingual>;
  if (Object.hasOwn(m, issue.message)) return m[issue.message]!;
  // Every schema here names its message; without one, a wrong type is most often a missing value
  // (zod issues do not carry the input, so the two cannot be told apart here).
  if (issue.code === 'invalid_type') return ESTIMATE_MESSAGES.required;
  if (issue.code === 'invalid_value') return ESTIMATE_MESSAGES.unknown_value;
  return ESTIMATE_MESSAGES.wrong_type;
}

export function issueReasons(issues: readonly z.core.$ZodIssue[]): IssueReason[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    reason: estimateReason(issue),
  }));
}
