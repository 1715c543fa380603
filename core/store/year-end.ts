/**
 * Which year-end batches the provider has marked as sent to the employer, in a database of
 * their own (`stodkollen-arsavslut`): a mark is about the provider's work, not a record, and
 * needs no version of the records database.
 *
 * A mark says what it covered, per employee: a digest of who was in it and one of what it held
 * for them (their record and the year's insatser). An employee added to the employer's batch
 * afterwards, or whose insatser changed, is not covered: the year-end page and the deadlines page
 * name them, the badge keeps counting them, and the next mark adds them. The digests are HMACs
 * under the vault's index key when the records are encrypted (no personnummer readable here),
 * SHA-256 otherwise; marks from before this change list employee ids and count as covering
 * those employees, as they did.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as z from 'zod/mini';
import type { SentMark } from '../documents/deadlines.ts';
import type { EmployeeCase } from '../documents/employee-case.ts';
import { type IsoDate, yearOf } from '../i18n/dates.ts';
import { isoDate } from '../schema/common.ts';
import type { Employee } from '../schema/records.ts';
import { opaqueId } from '../vault/blind-index.ts';
import { utf8 } from '../vault/bytes.ts';
import type { RecordsDb } from './records-layout.ts';
import { sealedMode } from './vault-access.ts';

export const YEAR_END_DB_NAME = 'stodkollen-arsavslut';

export const SentBatchSchema = z.object({
  /**
   * `<employer>|<year>` (before the digests `<employerId>|<year>`): one mark per employer and
   * year; marking again replaces it.
   */
  id: z.string(),
  /** Marks made before the digests: the employer's id (for a sole trader, a personnummer). */
  employerId: z.optional(z.string()),
  /** A digest of the employer's id (see `sentDigests`). */
  employer: z.optional(z.string()),
  year: z.number().check(z.int()),
  sentOn: isoDate,
  /** Marks made before the digests: the employees whose documents were in it. */
  employeeIds: z.optional(z.array(z.string())),
  /** A digest of each employee who was in it (see `sentDigests`). */
  members: z.optional(z.array(z.string())),
  /** A digest of what it held for each of them: their record and the year's insatser. */
  contents: z.optional(z.array(z.string())),
  /** FK's amount in the batch last marked, in kronor, as its cover list said. */
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

/**
 * Marks several employers' batches as sent in one transaction; `replaced` are the ids of marks
 * they take the place of (a mark made before the digests is stored under another id).
 */
export async function markBatchesSent(
  db: YearEndDb,
  marks: readonly SentBatch[],
  replaced: readonly string[] = [],
): Promise<void> {
  const valid = marks.map((m) => SentBatchSchema.parse(m));
  const ids = new Set(valid.map((m) => m.id));
  const tx = db.transaction('sent', 'readwrite');
  await Promise.all([
    ...replaced.filter((id) => !ids.has(id)).map((id) => tx.store.delete(id)),
    ...valid.map((m) => tx.store.put(m)),
    tx.done,
  ]);
}

export const listSentBatches = (db: YearEndDb, year: number) =>
  db.getAllFromIndex('sent', 'byYear', year);

/** Every year's marks: what the deadlines page and the badge read. */
export const listAllSentBatches = (db: YearEndDb) => db.getAll('sent');

/** Makes the digests of marks: one function per read, so the vault's keys are looked up once. */
export async function sentDigests(records: RecordsDb) {
  const keys = await sealedMode(records);
  const digest = async (parts: unknown[]): Promise<string> => {
    const hash = await crypto.subtle.digest('SHA-256', utf8(JSON.stringify(parts)));
    const hex = [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return keys ? opaqueId(keys, 'sent-batch/v1', hex) : hex;
  };
  return {
    employer: (employerId: string) => digest(['employer', employerId]),
    member: (employerId: string, year: number, employeeId: string) =>
      digest(['member', employerId, year, employeeId]),
    /** What the documents of `year` are made of: the employee and that year's insatser. */
    content: (c: EmployeeCase, year: number) =>
      digest([
        'content',
        c.employer.id,
        year,
        c.employee,
        c.insatser
          .filter((i) => yearOf(i.performedOn) === year)
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      ]),
  };
}

/** An employer's batch of one year against its mark. */
export interface SentBatchState {
  employerId: string;
  year: number;
  sentOn: IsoDate;
  /** The mark as stored: what marking the rest adds to. */
  mark: SentBatch;
  /** In the batch now, and not in it when it was marked. */
  added: Employee[];
  /** In it then, with other insatser or details now. */
  changed: Employee[];
}

/**
 * The marks as the deadlines read them (each employee covered only while what was sent is what
 * the records hold), and per marked batch who is new or changed since.
 */
export async function resolveSentBatches(
  records: RecordsDb,
  marks: readonly SentBatch[],
  cases: readonly EmployeeCase[],
): Promise<{ marks: SentMark[]; batches: SentBatchState[] }> {
  if (marks.length === 0) return { marks: [], batches: [] };
  const digests = await sentDigests(records);
  const casesOf = new Map<string, EmployeeCase[]>();
  for (const c of cases) {
    const list = casesOf.get(c.employer.id);
    if (list) list.push(c);
    else casesOf.set(c.employer.id, [c]);
  }
  const byDigest = new Map<string, string>();
  if (marks.some((m) => m.employer !== undefined)) {
    for (const id of casesOf.keys()) byDigest.set(await digests.employer(id), id);
  }
  const out: SentMark[] = [];
  const batches: SentBatchState[] = [];
  for (const mark of marks) {
    const employerId = mark.employerId ?? byDigest.get(mark.employer ?? '');
    // An employer deleted since: its mark covers nobody.
    if (employerId === undefined) continue;
    const inBatch = (casesOf.get(employerId) ?? []).filter((c) =>
      c.insatser.some((i) => yearOf(i.performedOn) === mark.year),
    );
    const members = new Set(mark.members ?? []);
    const contents = new Set(mark.contents ?? []);
    const old = new Set(mark.employeeIds ?? []);
    const covered: string[] = [];
    const state: SentBatchState = {
      employerId,
      year: mark.year,
      sentOn: mark.sentOn,
      mark,
      added: [],
      changed: [],
    };
    for (const c of inBatch) {
      if (old.has(c.employee.id)) {
        covered.push(c.employee.id);
        continue;
      }
      const [member, content] = await Promise.all([
        digests.member(employerId, mark.year, c.employee.id),
        digests.content(c, mark.year),
      ]);
      if (!members.has(member)) state.added.push(c.employee);
      else if (!contents.has(content)) state.changed.push(c.employee);
      else covered.push(c.employee.id);
    }
    out.push({
      employerId,
      year: mark.year,
      sentOn: mark.sentOn,
      employeeIds: covered,
    });
    batches.push(state);
  }
  return { marks: out, batches };
}

/**
 * The mark of an employer's batch of `year` holding these employees' documents, sent on
 * `sentOn`: what an earlier mark covered stays covered (sending the rest adds to it).
 */
export async function sentMarkFor(
  records: RecordsDb,
  {
    employerId,
    year,
    sentOn,
    cases,
    fk,
    previous,
  }: {
    employerId: string;
    year: number;
    sentOn: IsoDate;
    /** The cases of the employees in the batch. */
    cases: readonly EmployeeCase[];
    fk: number;
    previous?: SentBatch;
  },
): Promise<SentBatch> {
  const digests = await sentDigests(records);
  const employer = await digests.employer(employerId);
  const [members, contents] = await Promise.all([
    Promise.all(cases.map((c) => digests.member(employerId, year, c.employee.id))),
    Promise.all(cases.map((c) => digests.content(c, year))),
  ]);
  return {
    // A mark made before the digests is replaced (its id named the employer).
    id: sentBatchId(employer, year),
    employer,
    year,
    sentOn,
    // A mark from before the digests keeps covering the employees it named.
    ...(previous?.employeeIds ? { employeeIds: previous.employeeIds } : {}),
    members: [...new Set([...(previous?.members ?? []), ...members])],
    contents: [...new Set([...(previous?.contents ?? []), ...contents])],
    fk,
  };
}
