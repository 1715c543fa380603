/**
 * The extension's backup: one versioned JSON file with every record. A restore goes through
 * `parseBackup`, the same validation as an import, and then replaces every record.
 */
import * as z from 'zod/mini';
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import type { FieldError } from '../schema/errors.ts';
import {
  ApplicationSchema,
  EmployeeSchema,
  EmployerSchema,
  InsatsSchema,
  ProviderSchema,
} from '../schema/records.ts';
import type { RecordsSet } from '../store/records.ts';
import { fieldError, recordFieldName, recordIssuesToErrors } from './field-error.ts';

export const BACKUP_FORMAT = 'stodkollen-records-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  /** ISO date-time of the export. */
  exportedAt: z.string(),
  records: z.object({
    providers: z.array(ProviderSchema),
    employers: z.array(EmployerSchema),
    employees: z.array(EmployeeSchema),
    insatser: z.array(InsatsSchema),
    applications: z.array(ApplicationSchema),
  }),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  records: RecordsSet;
}

export function createBackup(records: RecordsSet, exportedAt: Date = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    records,
  };
}

/** File name with the date, so that several backups sort by age. */
export function backupFileName(exportedAt: string): string {
  return `stodkollen-sakerhetskopia-${exportedAt.slice(0, 10)}.json`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; errors: FieldError[] };

const FILE = { sv: 'Filen', en: 'The file' };

/** Parses and validates a backup file's text; every error names the record and field. */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [fieldError('', FILE, RECORDS_MESSAGES.json_invalid)] };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    return { ok: false, errors: [fieldError('format', FILE, RECORDS_MESSAGES.backup_not_ours)] };
  }
  if (typeof head.version !== 'number' || head.version > BACKUP_VERSION) {
    return { ok: false, errors: [fieldError('version', FILE, RECORDS_MESSAGES.backup_too_new)] };
  }
  const result = BackupSchema.safeParse(json);
  if (!result.success) return { ok: false, errors: recordIssuesToErrors(result.error.issues) };
  const backup = result.data as Backup;
  const errors = checkReferences(backup.records);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, backup };
}

/** Ids are unique per kind and every reference points at a record in the same set. */
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
  const insatser = idsOf('insatser', records.insatser);
  idsOf('applications', records.applications);
  const ref = (kind: keyof RecordsSet, i: number, field: string, ok: boolean) => {
    if (!ok) {
      errors.push(
        fieldError(
          `records.${kind}.${i}.${field}`,
          recordFieldName([kind, i, field]),
          RECORDS_MESSAGES.reference_missing,
        ),
      );
    }
  };
  records.employees.forEach((e, i) => {
    ref('employees', i, 'employerId', employers.has(e.employerId));
  });
  records.insatser.forEach((x, i) => {
    ref('insatser', i, 'employeeId', employees.has(x.employeeId));
    if (x.providerId) ref('insatser', i, 'providerId', providers.has(x.providerId));
  });
  records.applications.forEach((a, i) => {
    ref('applications', i, 'employerId', employers.has(a.employerId));
    ref('applications', i, 'employeeId', employees.has(a.employeeId));
    a.insatsIds.forEach((id, j) => {
      ref('applications', i, `insatsIds.${j}`, insatser.has(id));
    });
  });
  return errors;
}
