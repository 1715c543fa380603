/**
 * The extension's backup: one versioned JSON file with every record. The export and the restore
 * both go through `checkBackup` (the schema in core/schema/backup.ts, then the references), so a
 * file the extension writes is a file it restores, to the same records.
 */
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_VERSIONS,
  type Backup,
  BackupSchema,
} from '../schema/backup.ts';
import type { FieldError } from '../schema/errors.ts';
import { PARSE } from '../schema/issue-reason.ts';
import type { RecordsSet } from '../store/records.ts';
import { checkReferences } from '../store/references.ts';
import { fieldError, recordFieldName, recordIssuesToErrors } from './field-error.ts';

export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_VERSIONS,
  type Backup,
  BackupSchema,
  checkReferences,
};

export function createBackup(records: RecordsSet, exportedAt: Date = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    records,
  };
}

/** File name with the date, so that several backups sort by age; it names no person. */
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
  return checkBackup(json);
}

/** The parsed JSON of a backup → the backup, or why it cannot be restored. */
export function checkBackup(json: unknown): ParsedBackup {
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    return { ok: false, errors: [fieldError('format', FILE, RECORDS_MESSAGES.backup_not_ours)] };
  }
  // A later version may hold records this code cannot read: say so rather than list its fields.
  if (
    typeof head.version === 'number' &&
    Number.isInteger(head.version) &&
    head.version > BACKUP_VERSION
  ) {
    return { ok: false, errors: [fieldError('version', FILE, RECORDS_MESSAGES.backup_too_new)] };
  }
  const result = BackupSchema.safeParse(json, PARSE);
  if (!result.success) return { ok: false, errors: recordIssuesToErrors(result.error.issues) };
  const backup = result.data;
  const errors = checkReferences(backup.records);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, backup };
}

export type CheckedBackup =
  | { ok: true; backup: Backup; text: string }
  | { ok: false; errors: FieldError[] };

/**
 * The backup of these records as the file's text, checked the way a restore will check it: parsed
 * back from the text, validated, and compared with what was exported. Any difference would mean a
 * restore gives other records than the user has, so the export is refused with the reasons.
 */
export function exportBackupText(
  records: RecordsSet,
  exportedAt: Date = new Date(),
): CheckedBackup {
  const text = JSON.stringify(createBackup(records, exportedAt), null, 1);
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const changed = changedRecords(records, parsed.backup.records);
  if (changed.length > 0) return { ok: false, errors: changed };
  return { ok: true, backup: parsed.backup, text };
}

function changedRecords(before: RecordsSet, after: RecordsSet): FieldError[] {
  const errors: FieldError[] = [];
  for (const kind of Object.keys(before) as (keyof RecordsSet)[]) {
    before[kind].forEach((record, i) => {
      if (canonical(record) !== canonical(after[kind][i])) {
        errors.push(
          fieldError(
            `records.${kind}.${i}`,
            recordFieldName([kind, i]),
            RECORDS_MESSAGES.backup_would_change,
          ),
        );
      }
    });
  }
  return errors;
}

/** JSON with sorted keys: the same record whatever order its fields were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
