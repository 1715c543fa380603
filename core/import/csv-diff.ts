/**
 * The import's diff: the records read from a file against those stored, as added, updated
 * (fields the file does not carry are kept) or unchanged. Pure; the preview shows the counts.
 */
import type { Employee, Employer, Insats } from '../schema/records.ts';

/** What is stored already, to tell added from updated rows. */
export interface ExistingRecords {
  employers: ReadonlyMap<string, Employer>;
  employees: ReadonlyMap<string, Employee>;
  insatser: ReadonlyMap<string, Insats>;
}

export const NO_RECORDS: ExistingRecords = {
  employers: new Map(),
  employees: new Map(),
  insatser: new Map(),
};

export interface KindCounts {
  employers: number;
  employees: number;
  insatser: number;
}

export interface KindDiff<T> {
  /** The records to write: each read record merged over the stored one of its id. */
  records: T[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Same content, whatever the order of keys. */
export function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every(
    (k) =>
      JSON.stringify((a as Record<string, unknown>)[k]) ===
      JSON.stringify((b as Record<string, unknown>)[k]),
  );
}

/** The records of one kind read from the file, against those stored. */
export function diffWithStored<T extends { id: string }>(
  read: ReadonlyMap<string, T>,
  stored: ReadonlyMap<string, T>,
): KindDiff<T> {
  const diff: KindDiff<T> = { records: [], added: 0, updated: 0, unchanged: 0 };
  for (const [id, record] of read) {
    const before = stored.get(id);
    if (!before) {
      diff.added++;
      diff.records.push(record);
      continue;
    }
    // Fields the CSV does not carry (an employer's contact, say) are kept.
    const merged = { ...before, ...record };
    diff.records.push(merged);
    if (sameRecord(before, merged)) diff.unchanged++;
    else diff.updated++;
  }
  return diff;
}
