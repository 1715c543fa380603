/**
 * A record as the encrypted store keeps it: the few fields that indexes and paging need, readable,
 * and the whole record sealed beside them.
 *
 * Readable: opaque ids (the record's own, its employer's, its employee's), the year, an insats'
 * start and carried-out dates, and blind indexes. Everything else (names, personnummer,
 * organisationsnummer, descriptions, positions taken, performers, costs, contacts, references) is
 * only in `data`.
 *
 * The additional data of the seal is the kind, the opaque id and every readable field, so a
 * record's ciphertext cannot be moved to another record or kind, and a readable field cannot be
 * changed without the record failing to open.
 */

import { yearOf } from '../i18n/dates.ts';
import type { Application, Employee, Employer, Insats, Provider } from '../schema/records.ts';
import { blindIndex, nameIndex, opaqueId } from './blind-index.ts';
import type { Bytes } from './bytes.ts';
import { VaultError } from './errors.ts';
import type { VaultKeys } from './keys.ts';
import { additionalData, openJson, sealJson } from './seal.ts';

export const SEALED_RECORD_VERSION = 1;

export interface RecordOf {
  providers: Provider;
  employers: Employer;
  employees: Employee;
  insatser: Insats;
  applications: Application;
}
export type RecordKind = keyof RecordOf;
export const RECORD_KINDS = [
  'providers',
  'employers',
  'employees',
  'insatser',
  'applications',
] as const satisfies readonly RecordKind[];

interface SealedBase {
  /** Opaque: the HMAC of the record's id. The store's key path stays `id`. */
  id: string;
  /** Format of the seal; a plain record has none. */
  v: typeof SEALED_RECORD_VERSION;
  iv: Bytes;
  data: Bytes;
}

/** What stays readable, per kind. Reference fields hold opaque ids, never the real ones. */
export interface IndexFieldsOf {
  providers: Record<string, never>;
  employers: { orgnrIndex: string };
  employees: { employerId: string; personnummerIndex: string; nameIndex: string[] };
  insatser: {
    employeeId: string;
    employerId: string;
    year: number;
    startedOn: string;
    performedOn: string;
  };
  applications: { employerId: string; employeeId: string; year: number };
}

export type SealedOf<K extends RecordKind> = SealedBase & IndexFieldsOf[K];
export type SealedRecord = { [K in RecordKind]: SealedOf<K> }[RecordKind];

/** An insats is listed under its employee's employer, which is not a field of the insats. */
export interface ListingOf {
  providers: undefined;
  employers: undefined;
  employees: undefined;
  insatser: { employerId: string };
  applications: undefined;
}

/** The readable fields, in the order they enter the additional data. */
const AAD_FIELDS: { [K in RecordKind]: readonly (keyof IndexFieldsOf[K])[] } = {
  providers: [],
  employers: ['orgnrIndex'],
  employees: ['employerId', 'personnummerIndex', 'nameIndex'],
  insatser: ['employeeId', 'employerId', 'year', 'startedOn', 'performedOn'],
  applications: ['employerId', 'employeeId', 'year'],
};

type IndexMaker<K extends RecordKind> = (
  keys: VaultKeys,
  record: RecordOf[K],
  listing: ListingOf[K],
) => Promise<IndexFieldsOf[K]>;

const INDEX_FIELDS: { [K in RecordKind]: IndexMaker<K> } = {
  providers: async () => ({}),
  employers: async (keys, e) => ({
    orgnrIndex: await blindIndex(keys, 'organisationsnummer', e.organisationsnummer),
  }),
  employees: async (keys, e) => {
    const [employerId, personnummerIndex, names] = await Promise.all([
      opaqueId(keys, 'employers', e.employerId),
      blindIndex(keys, 'personnummer', e.personnummer),
      nameIndex(keys, e.name),
    ]);
    return { employerId, personnummerIndex, nameIndex: names };
  },
  insatser: async (keys, i, listing) => {
    const [employeeId, employerId] = await Promise.all([
      opaqueId(keys, 'employees', i.employeeId),
      opaqueId(keys, 'employers', listing.employerId),
    ]);
    return {
      employeeId,
      employerId,
      year: yearOf(i.performedOn),
      startedOn: i.startedOn,
      performedOn: i.performedOn,
    };
  },
  applications: async (keys, a) => {
    const [employerId, employeeId] = await Promise.all([
      opaqueId(keys, 'employers', a.employerId),
      opaqueId(keys, 'employees', a.employeeId),
    ]);
    return { employerId, employeeId, year: a.year };
  },
};

function recordAad<K extends RecordKind>(kind: K, id: string, index: IndexFieldsOf[K]): Bytes {
  const fields = AAD_FIELDS[kind].map((f) => {
    const value = index[f] as unknown;
    return Array.isArray(value) ? value.join(',') : (value as string | number);
  });
  return additionalData('record/v1', kind, id, ...fields);
}

function pickIndex<K extends RecordKind>(kind: K, sealed: SealedOf<K>): IndexFieldsOf[K] {
  const index: Record<string, unknown> = {};
  for (const f of AAD_FIELDS[kind])
    index[f as string] = (sealed as Record<string, unknown>)[f as string];
  return index as IndexFieldsOf[K];
}

/** Splits a record into its readable index fields and its sealed content. */
export function sealRecord<K extends RecordKind>(
  keys: VaultKeys,
  kind: K,
  record: RecordOf[K],
  ...listing: ListingOf[K] extends undefined ? [] : [ListingOf[K]]
): Promise<SealedOf<K>> {
  return sealRecordOfKind(keys, kind, record, listing[0]) as Promise<SealedOf<K>>;
}

/**
 * `sealRecord` for code that holds the kind as a value (a migration, a restore): the caller
 * vouches that `record` is a `RecordOf[kind]`, and gives an insats' listing.
 */
export async function sealRecordOfKind(
  keys: VaultKeys,
  kind: RecordKind,
  record: RecordOf[RecordKind],
  listing?: ListingOf['insatser'],
): Promise<SealedRecord> {
  if (kind === 'insatser' && !listing) throw new Error('an insats is sealed with its employer');
  const make = INDEX_FIELDS[kind] as IndexMaker<RecordKind>;
  const [id, index] = await Promise.all([
    opaqueId(keys, kind, record.id),
    make(keys, record, listing as undefined),
  ]);
  const box = await sealJson(keys.recordKey, record, recordAad(kind, id, index));
  return { id, v: SEALED_RECORD_VERSION, ...index, iv: box.iv, data: box.data } as SealedRecord;
}

/**
 * The record back from its sealed form. Throws `VaultError('record_tampered')` when the content,
 * its IV or any readable field was changed, or the record was sealed under another key or kind.
 */
export async function openRecord<K extends RecordKind>(
  keys: VaultKeys,
  kind: K,
  sealed: SealedOf<K>,
): Promise<RecordOf[K]> {
  if (!isSealedRecord(sealed)) throw new VaultError('record_tampered');
  const opened = await openJson(
    keys.recordKey,
    { iv: sealed.iv, data: sealed.data },
    recordAad(kind, sealed.id, pickIndex(kind, sealed)),
  );
  if (!opened.ok) throw new VaultError('record_tampered');
  return opened.value as RecordOf[K];
}

/** Opens many records of one kind, in chunks like `sealRecords`. */
export async function openRecords<K extends RecordKind>(
  keys: VaultKeys,
  kind: K,
  sealed: readonly SealedOf<K>[],
  chunk = 128,
): Promise<RecordOf[K][]> {
  const out: RecordOf[K][] = [];
  for (let i = 0; i < sealed.length; i += chunk) {
    out.push(
      ...(await Promise.all(sealed.slice(i, i + chunk).map((s) => openRecord(keys, kind, s)))),
    );
  }
  return out;
}

/** Whether a stored value is sealed (a plain record of today's layout has no `v` and no `data`). */
export function isSealedRecord(value: unknown): value is SealedRecord {
  const v = value as Partial<SealedBase> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    v.v === SEALED_RECORD_VERSION &&
    typeof v.id === 'string' &&
    v.iv instanceof Uint8Array &&
    v.data instanceof Uint8Array
  );
}

/**
 * Seals many records of one kind (an import, a restore). In chunks: handing WebCrypto ten
 * thousand operations at once measured slower in Chromium than a few hundred at a time.
 */
export async function sealRecords<K extends RecordKind>(
  keys: VaultKeys,
  kind: K,
  records: readonly RecordOf[K][],
  listingOf?: (record: RecordOf[K]) => ListingOf['insatser'],
  chunk = 128,
): Promise<SealedOf<K>[]> {
  const out: SealedOf<K>[] = [];
  for (let i = 0; i < records.length; i += chunk) {
    const part = records.slice(i, i + chunk);
    out.push(
      ...((await Promise.all(
        part.map((r) => sealRecordOfKind(keys, kind, r, listingOf?.(r))),
      )) as SealedOf<K>[]),
    );
  }
  return out;
}
