/**
 * Where the background reads the records for prefilling: the records store (IndexedDB in the
 * extension's origin, core/store). The content script never opens it: on FK's page that would be
 * FK's storage.
 */

import { parseBackup } from '../../core/import/backup.ts';
import {
  createRecordsConnection,
  exportRecords,
  type RecordsSet,
  replaceAllRecords,
} from '../../core/store/records.ts';

export type RecordsBundle = RecordsSet;

/** Opened again on the next request after a newer layout closed it, never a closed handle. */
const db = createRecordsConnection();

export async function loadRecords(): Promise<RecordsSet> {
  return exportRecords(await db());
}

/**
 * Test builds only: restores a backup file's text into the store, the way a user restores one,
 * so the e2e tests and the benchmark start from known records.
 */
export async function restoreBackupForTests(text: string): Promise<void> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.en).join(' '));
  await replaceAllRecords(await db(), parsed.backup.records);
}
