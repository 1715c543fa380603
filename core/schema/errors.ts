import type * as z from 'zod/mini';
import type { Bilingual } from '../i18n/format.ts';
import { FIELD_NAMES, MESSAGES } from '../i18n/messages.ts';
import { issueReason, PARSE } from './issue-reason.ts';

/** One rejected field, named the way users know it, in both languages. */
export interface FieldError {
  /** Dotted path in the data, e.g. `insatser.1.cost`. */
  path: string;
  field: Bilingual;
  /** The reason alone. */
  reason: Bilingual;
  /** Field and reason together, ready to show: `Insats 2, Kostnad: Beloppet får inte vara negativt.` */
  sv: string;
  en: string;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

const reasonOf = (issue: z.core.$ZodIssue): Bilingual => issueReason(issue, MESSAGES);

/** `['insatser', 1, 'cost']` → "Insats 2, Kostnad" / "Insats 2, Cost". */
export function fieldName(path: readonly PropertyKey[]): Bilingual {
  const sv: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') {
      const parent = path[i - 1];
      const what =
        parent === 'insatser' || parent === 'insatsIds'
          ? { sv: 'Insats', en: 'Insats' }
          : parent === 'rows'
            ? { sv: 'Rad', en: 'Row' }
            : { sv: 'Post', en: 'Item' };
      // Replace the bare list name with "Insats 2".
      if (typeof parent === 'string' && FIELD_NAMES[parent]) {
        sv.pop();
        en.pop();
      }
      sv.push(`${what.sv} ${key + 1}`);
      en.push(`${what.en} ${key + 1}`);
      continue;
    }
    const name = FIELD_NAMES[String(key)] ?? { sv: String(key), en: String(key) };
    sv.push(name.sv);
    en.push(name.en);
  }
  return { sv: sv.join(', ') || 'Uppgifterna', en: en.join(', ') || 'The data' };
}

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    const reason = reasonOf(issue);
    return {
      path: issue.path.map(String).join('.'),
      field,
      reason,
      sv: `${field.sv}: ${reason.sv}`,
      en: `${field.en}: ${reason.en}`,
    };
  });
}

/** Parses without throwing; bad input comes back as field errors in Swedish and English. */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): Validated<z.output<S>> {
  const result = schema.safeParse(input, PARSE);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues) };
}
