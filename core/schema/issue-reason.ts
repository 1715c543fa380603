/**
 * The one translator from a zod issue to the reason users read, in Swedish and English. Each
 * surface passes its own message table (the widget ships only the estimate's messages): a message
 * key set on the schema wins; otherwise the issue's code decides.
 *
 * A missing value and a value of the wrong type are both `invalid_type` in zod; only the input
 * tells them apart, and zod puts it in the issue only when asked (`{ reportInput: true }`, see
 * `PARSE`). Without it, the reason says the value is missing.
 */
import type * as z from 'zod/mini';
import type { Bilingual } from '../i18n/format.ts';

export interface ReasonTable {
  required: Bilingual;
  wrong_type: Bilingual;
  unknown_value: Bilingual;
  unknown_field?: Bilingual;
}

/** Parse options for every schema whose issues become messages. */
export const PARSE = { reportInput: true } as const;

export function issueReason(
  issue: z.core.$ZodIssue,
  table: ReasonTable & Record<string, Bilingual | undefined>,
): Bilingual {
  const keyed = Object.hasOwn(table, issue.message) ? table[issue.message] : undefined;
  if (keyed) return keyed;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? table.required : table.wrong_type;
    case 'invalid_value':
      return table.unknown_value;
    case 'unrecognized_keys':
      return table.unknown_field ?? table.wrong_type;
    default:
      return table.wrong_type;
  }
}
