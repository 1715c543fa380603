/** The dashboard's copy of FK's lists of approved providers, read from their own database. */
import { signal } from '@preact/signals';
import type { ApprovedProviderList } from '../../core/import/approved-providers.ts';
import {
  type ApprovedProvidersDb,
  listApprovedProviderLists,
  openApprovedProvidersDb,
} from '../../core/store/approved-providers.ts';

/** Oldest first; undefined until read. */
export const approvedLists = signal<ApprovedProviderList[] | undefined>(undefined);

let dbPromise: Promise<ApprovedProvidersDb> | undefined;
export function approvedListsDb(): Promise<ApprovedProvidersDb> {
  dbPromise ??= openApprovedProvidersDb();
  return dbPromise;
}

export async function refreshApprovedLists(): Promise<void> {
  approvedLists.value = await listApprovedProviderLists(await approvedListsDb());
}

/** Reads the lists the first time a view needs them. */
export function useApprovedLists(): ApprovedProviderList[] | undefined {
  if (approvedLists.value === undefined && !reading) {
    reading = true;
    refreshApprovedLists().finally(() => {
      reading = false;
    });
  }
  return approvedLists.value;
}
let reading = false;

/** The newest list, the one the provider page shows. */
export function latestList(lists: readonly ApprovedProviderList[] | undefined) {
  return lists && lists.length > 0 ? lists[lists.length - 1] : undefined;
}
