/**
 * Why a value was refused, in Swedish and English, from the estimate's messages only: what the
 * widget shows beside a field (it names the field with its own label, so it needs no field names).
 */
import type * as z from 'zod/mini';
import type { Bilingual } from '../i18n/format.ts';
import { ESTIMATE_MESSAGES } from '../i18n/messages-estimate.ts';
import { issueReason } from './issue-reason.ts';

export interface IssueReason {
  /** Dotted path in the data, e.g. `insatser.1.cost`. */
  path: string;
  reason: Bilingual;
}

export const estimateReason = (issue: z.core.$ZodIssue): Bilingual =>
  issueReason(issue, ESTIMATE_MESSAGES);

export function issueReasons(issues: readonly z.core.$ZodIssue[]): IssueReason[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    reason: estimateReason(issue),
  }));
}
