/**
 * Saved estimates of the widget, in IndexedDB (through `idb`) on the FHV site's origin: a database of
 * their own, apart from the extension's records. Only what `SavedEstimateSchema` allows is written
 * (no names of people, no personnummer), and every record read back is checked again: a record
 * that another script or an older version left in a shape we do not know is counted and left as it
 * is, never shown half-read and never deleted behind the user's back.
 *
 * Layout versions:
 *   v1: estimates (keyPath id, index bySavedAt).
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { RULESET } from '../rules/parameters.ts';
import { type IssueReason, issueReasons } from '../schema/reasons.ts';
import {
  type SavedEstimate,
  SavedEstimateSchema,
  type SavedScenario,
} from '../schema/saved-estimate.ts';

export const ESTIMATES_DB_NAME = 'stodkollen-kalkyler';
export const ESTIMATES_DB_VERSION = 1;

export interface EstimatesSchema extends DBSchema {
  estimates: { key: string; value: SavedEstimate; indexes: { bySavedAt: string } };
}

export type EstimatesDb = IDBPDatabase<EstimatesSchema>;

export function openEstimatesDb(name: string = ESTIMATES_DB_NAME): Promise<EstimatesDb> {
  return openDB<EstimatesSchema>(name, ESTIMATES_DB_VERSION, {
    // A newer widget on another tab of the same site must not wait for this one to close.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const estimates = db.createObjectStore('estimates', { keyPath: 'id' });
        estimates.createIndex('bySavedAt', 'savedAt');
      }
    },
  });
}

export interface SavedEstimateList {
  /** Newest first. */
  estimates: SavedEstimate[];
  /** Records that do not pass the schema; kept in the database, not shown. */
  unreadable: number;
}

export async function listSavedEstimates(db: EstimatesDb): Promise<SavedEstimateList> {
  const all = await db.getAllFromIndex('estimates', 'bySavedAt');
  const estimates: SavedEstimate[] = [];
  let unreadable = 0;
  for (const record of all) {
    const parsed = SavedEstimateSchema.safeParse(record);
    if (parsed.success) estimates.push(parsed.data);
    else unreadable++;
  }
  return { estimates: estimates.reverse(), unreadable };
}

export async function getSavedEstimate(
  db: EstimatesDb,
  id: string,
): Promise<SavedEstimate | undefined> {
  const parsed = SavedEstimateSchema.safeParse(await db.get('estimates', id));
  return parsed.success ? parsed.data : undefined;
}

export type SaveResult =
  | { ok: true; estimate: SavedEstimate }
  | { ok: false; errors: IssueReason[] };

/**
 * Saves a new estimate, or replaces the one with `id`. Nothing is written when the name or the
 * scenario does not pass the schema; the errors say why in Swedish and English.
 */
export async function saveEstimate(
  db: EstimatesDb,
  entry: { id?: string; name: string; scenario: SavedScenario },
  now: Date = new Date(),
): Promise<SaveResult> {
  const candidate = {
    id: entry.id ?? newId(),
    name: entry.name.trim(),
    savedAt: now.toISOString(),
    ruleset: RULESET.version,
    scenario: entry.scenario,
  };
  const parsed = SavedEstimateSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: issueReasons(parsed.error.issues) };
  await db.put('estimates', parsed.data);
  return { ok: true, estimate: parsed.data };
}

export const deleteSavedEstimate = (db: EstimatesDb, id: string) => db.delete('estimates', id);

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
