import type * as z from 'zod/mini';
import type { Bilingual } from '../i18n/format.ts';
import { FIELD_NAMES } from '../i18n/messages.ts';
import { type FieldError, fieldName, toFieldErrors } from '../schema/errors.ts';

/** A field error built by hand, for checks that span records (references, duplicates). */
export function fieldError(path: string, field: Bilingual, reason: Bilingual): FieldError {
  return {
    path,
    field,
    reason,
    sv: `${field.sv}: ${reason.sv}`,
    en: `${field.en}: ${reason.en}`,
  };
}

const RECORD_LISTS: Record<string, Bilingual> = {
  providers: { sv: 'Anordnare', en: 'Provider' },
  employers: { sv: 'Arbetsgivare', en: 'Employer' },
  employees: { sv: 'Medarbetare', en: 'Employee' },
  insatser: FIELD_NAMES.insats,
  applications: { sv: 'Ansökan', en: 'Application' },
};

/**
 * `['records', 'employees', 2, 'personnummer']` → "Medarbetare 3, Personnummer": the record by
 * its kind and position in the file, then the field as users know it.
 */
export function recordFieldName(path: readonly PropertyKey[]): Bilingual {
  const rest = path[0] === 'records' ? path.slice(1) : path;
  const [list, index, ...field] = rest;
  const kind = typeof list === 'string' ? RECORD_LISTS[list] : undefined;
  if (!kind || typeof index !== 'number') return fieldName(rest);
  const inner = field.length > 0 ? fieldName(field) : undefined;
  return {
    sv: `${kind.sv} ${index + 1}${inner ? `, ${inner.sv}` : ''}`,
    en: `${kind.en} ${index + 1}${inner ? `, ${inner.en}` : ''}`,
  };
}

/** Zod issues of a set of records, each named by record kind, position and field. */
export function recordIssuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return toFieldErrors(issues).map((e, i) => {
    const issue = issues[i] as z.core.$ZodIssue;
    return fieldError(e.path, recordFieldName(issue.path), e.reason);
  });
}
