/**
 * The records backup file: the one schema both the export and the restore check a backup against,
 * so that the extension never writes a file it would then refuse.
 *
 * Versions (every version listed here is restored unchanged):
 *   1: providers, employers, employees, insatser, applications.
 *   2: the same lists; records may carry issue 9's optional fields (VAT per insats, an employer's
 *      medarbetaravtal and deductsVat, first and last names, the provider's IVO licence, Afa's
 *      invoice facts). A version 1 file simply has none of them.
 */
import * as z from 'zod/mini';
import { err } from './common.ts';
import {
  ApplicationSchema,
  EmployeeSchema,
  EmployerSchema,
  InsatsSchema,
  ProviderSchema,
} from './records.ts';

export const BACKUP_FORMAT = 'stodkollen-records-backup';
/** Every version this code restores, oldest first; the last is the one it writes. */
export const BACKUP_VERSIONS = [1, 2] as const;
export const BACKUP_VERSION = BACKUP_VERSIONS[BACKUP_VERSIONS.length - 1] as 2;
export type BackupVersion = (typeof BACKUP_VERSIONS)[number];

export const RecordsSetSchema = z.object({
  providers: z.array(ProviderSchema),
  employers: z.array(EmployerSchema),
  employees: z.array(EmployeeSchema),
  insatser: z.array(InsatsSchema),
  applications: z.array(ApplicationSchema),
});

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, err('backup_not_ours')),
  version: z.literal(BACKUP_VERSIONS, err('backup_version_unknown')),
  /** ISO date-time of the export, e.g. `2026-11-20T10:00:00.000Z`: shown in the restore preview. */
  exportedAt: z.iso.datetime({ offset: true, error: 'backup_exported_at' }),
  records: RecordsSetSchema,
});
export type Backup = z.output<typeof BackupSchema>;
