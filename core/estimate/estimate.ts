/**
 * The cost split with its explanations, as every surface shows it: split.ts computes, and the
 * sentences come from core/i18n/messages-explanations.ts. Only the widget's first view calls
 * split.ts without them (the totals, none of the sentences, in its first file).
 */
import { EXPLANATION_TEXTS } from '../i18n/messages-explanations.ts';
import type { EstimateInput } from '../schema/estimate-input.ts';
import { type SplitEstimate, splitEstimate } from './split.ts';

export type {
  Answer,
  Deadline,
  Explanation,
  Payer,
  SplitEstimate,
  SplitLine,
} from './split.ts';
export { afaGrantOre } from './split.ts';

export function estimateSplit(input: EstimateInput): SplitEstimate {
  return splitEstimate(input, EXPLANATION_TEXTS);
}
