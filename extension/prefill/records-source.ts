/**
 * Where the background reads the records for prefilling: the records store (IndexedDB in the
 * extension's origin, core/store). The content script never opens it: on FK's page that would be
 * FK's storage.
 */

import { parseBackup } from '../../core/import/backup.ts';
import {
  createRecordsConnection,
  exportRecords,
  loadEmployeeCase,
  loadEmployeeCases,
  type RecordsSet,
  replaceAllRecords,
} from '../../core/store/records.ts';

export type RecordsBundle = RecordsSet;

/** Opened again on the next request after a newer layout closed it, never a closed handle. */
const db = createRecordsConnection();

export async function loadRecords(): Promise<RecordsSet> {
  return exportRecords(await db());
}

const NOTHING: RecordsSet = {
  providers: [],
  employers: [],
  employees: [],
  insatser: [],
  applications: [],
};

/**
 * What a check or a fill of one employee's case reads: that employee's employer with all its
 * employees (colleagues' use counts against the employer's yearly cap), their insatser and
 * applications, and the providers, read through the employer index. Resolving a case from this
 * gives what resolving it from every record gives, without reading every record on each click.
 * An employee who is not (or no longer) in the records gives an empty set, which resolves to
 * "the employee is missing".
 */
export async function loadCaseRecords(employeeId: string): Promise<RecordsSet> {
  const store = await db();
  const own = await loadEmployeeCase(store, employeeId);
  if (!own) return NOTHING;
  const cases = await loadEmployeeCases(store, own.employer.id);
  return {
    providers: own.providers,
    employers: [own.employer],
    employees: cases.map((c) => c.employee),
    insatser: cases.flatMap((c) => c.insatser),
    applications: cases.flatMap((c) => c.applications),
  };
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
