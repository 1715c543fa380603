/**
 * FK's lists of approved providers, each with its date, in a database of their own
 * (`stodkollen-anordnarlista`): the list is public data, imported and replaced on its own
 * schedule, and its layout changes never wait for a version of the records database.
 *
 * Opened only by extension pages and the background, like the records.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  type ApprovedProviderList,
  ApprovedProviderListSchema,
} from '../import/approved-providers.ts';
import { toFieldErrors } from '../schema/errors.ts';
import { PARSE } from '../schema/issue-reason.ts';
import { InvalidRecordError } from './records.ts';

export const APPROVED_PROVIDERS_DB_NAME = 'stodkollen-anordnarlista';
export const APPROVED_PROVIDERS_DB_VERSION = 1;

interface ApprovedProvidersSchema extends DBSchema {
  /** One list per date: importing a list of the same date again replaces it. */
  lists: { key: string; value: ApprovedProviderList };
}

export type ApprovedProvidersDb = IDBPDatabase<ApprovedProvidersSchema>;

export function openApprovedProvidersDb(
  name: string = APPROVED_PROVIDERS_DB_NAME,
): Promise<ApprovedProvidersDb> {
  return openDB<ApprovedProvidersSchema>(name, APPROVED_PROVIDERS_DB_VERSION, {
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('lists', { keyPath: 'listDate' });
    },
  });
}

export async function putApprovedProviderList(
  db: ApprovedProvidersDb,
  list: ApprovedProviderList,
): Promise<ApprovedProviderList> {
  const result = ApprovedProviderListSchema.safeParse(list, PARSE);
  if (!result.success) throw new InvalidRecordError(toFieldErrors(result.error.issues));
  await db.put('lists', result.data);
  return result.data;
}

/** Every stored list, oldest first. */
export async function listApprovedProviderLists(
  db: ApprovedProvidersDb,
): Promise<ApprovedProviderList[]> {
  return db.getAll('lists');
}

export const deleteApprovedProviderList = (db: ApprovedProvidersDb, listDate: string) =>
  db.delete('lists', listDate);
