/**
 * Which year-end batches the provider has marked as sent to the employer, in a database of
 * their own (`stodkollen-arsavslut`): a mark is about the provider's work, not a record, and
 * needs no version of the records database.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as z from 'zod/mini';
import { isoDate } from '../schema/common.ts';

export const YEAR_END_DB_NAME = 'stodkollen-arsavslut';

export const SentBatchSchema = z.object({
  /** `<employerId>|<year>`: one mark per employer and year; marking again replaces it. */
  id: z.string(),
  employerId: z.string(),
  year: z.number().check(z.int()),
  sentOn: isoDate,
  /** The employees whose documents were in it, to tell later additions apart. */
  employeeIds: z.array(z.string()),
  /** FK's amount in the batch, in kronor, as the cover list said. */
  fk: z.number(),
});
export type SentBatch = z.output<typeof SentBatchSchema>;

interface YearEndSchema extends DBSchema {
  sent: { key: string; value: SentBatch; indexes: { byYear: number } };
}
export type YearEndDb = IDBPDatabase<YearEndSchema>;

export const sentBatchId = (employerId: string, year: number) => `${employerId}|${year}`;

export function openYearEndDb(name: string = YEAR_END_DB_NAME): Promise<YearEndDb> {
  return openDB<YearEndSchema>(name, 1, {
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
    upgrade(db) {
      db.createObjectStore('sent', { keyPath: 'id' }).createIndex('byYear', 'year');
    },
  });
}

/** Marks several employers' batches as sent in one transaction. */
export async function markBatchesSent(db: YearEndDb, marks: readonly SentBatch[]): Promise<void> {
  const valid = marks.map((m) => SentBatchSchema.parse(m));
  const tx = db.transaction('sent', 'readwrite');
  await Promise.all([...valid.map((m) => tx.store.put(m)), tx.done]);
}

export const listSentBatches = (db: YearEndDb, year: number) =>
  db.getAllFromIndex('sent', 'byYear', year);

/** Every year's marks: what the deadlines page and the badge read. */
export const listAllSentBatches = (db: YearEndDb) => db.getAll('sent');
