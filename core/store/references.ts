/**
 * Whole-set reference checks: every id unique per kind, and every reference (an employee's
 * employer, an insats' employee and provider, an application's employer, employee and insatser)
 * pointing at a record in the same set. A restore and an export run these; the store keeps the
 * same references whole on every write.
 */
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { fieldError, recordFieldName } from '../import/field-error.ts';
import type { FieldError } from '../schema/errors.ts';
import type { RecordsSet } from './records.ts';

export function checkReferences(records: RecordsSet): FieldError[] {
  const errors: FieldError[] = [];
  const idsOf = <T extends { id: string }>(kind: keyof RecordsSet, list: T[]) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.id)) {
        errors.push(
          fieldError(
            `records.${kind}.${i}.id`,
            recordFieldName([kind, i, 'id']),
            RECORDS_MESSAGES.duplicate_record,
          ),
        );
      }
      seen.add(r.id);
    });
    return seen;
  };
  const providers = idsOf('providers', records.providers);
  const employers = idsOf('employers', records.employers);
  const employees = idsOf('employees', records.employees);
  idsOf('insatser', records.insatser);
  idsOf('applications', records.applications);
  const employeeOfInsats = new Map(records.insatser.map((x) => [x.id, x.employeeId]));
  const ref = (kind: keyof RecordsSet, i: number, field: (string | number)[], ok: boolean) => {
    if (!ok) {
      errors.push(
        fieldError(
          `records.${kind}.${i}.${field.join('.')}`,
          recordFieldName([kind, i, ...field]),
          RECORDS_MESSAGES.reference_missing,
        ),
      );
    }
  };
  records.employees.forEach((e, i) => {
    ref('employees', i, ['employerId'], employers.has(e.employerId));
  });
  records.insatser.forEach((x, i) => {
    ref('insatser', i, ['employeeId'], employees.has(x.employeeId));
    if (x.providerId) ref('insatser', i, ['providerId'], providers.has(x.providerId));
  });
  records.applications.forEach((a, i) => {
    ref('applications', i, ['employerId'], employers.has(a.employerId));
    ref('applications', i, ['employeeId'], employees.has(a.employeeId));
    a.insatsIds.forEach((id, j) => {
      // An application is about one employee: an insats of someone else is no reference either.
      ref('applications', i, ['insatsIds', j], employeeOfInsats.get(id) === a.employeeId);
    });
  });
  return errors;
}
