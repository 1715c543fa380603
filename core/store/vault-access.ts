/**
 * The records store's encrypted path: how `core/store/records.ts` reads and writes sealed records
 * with the keys of an unlocked vault.
 *
 * The keys travel with the connection (`attachVaultKeys`), so that every store call keeps its
 * signature and every caller (dashboard views, the prefill, the badge) works on both kinds of
 * store. Whether a store is encrypted is read from its `meta` on every call, never remembered: a
 * vault set up in another tab must not let this one write plain records beside sealed ones.
 *
 * Writes cannot seal inside an IndexedDB transaction (a WebCrypto promise would let it commit), so
 * a write runs the store's own write logic against a `SealedTx`: reads open sealed records, writes
 * are staged in memory. The staged records are then sealed, and committed in ONE transaction that
 * first checks the revision is still the one read before the logic ran. Every write of records
 * bumps the revision in its own transaction, so an unchanged revision proves that nothing the
 * logic read changed meanwhile; if it moved, the logic runs again on the new records (or, when the
 * caller gave `expectedRevision`, the write is refused with StaleRecordsError, as in plain).
 */
import type { IDBPDatabase } from 'idb';
import { yearOf } from '../i18n/dates.ts';
import { blindIndex, opaqueId } from '../vault/blind-index.ts';
import { VaultError } from '../vault/errors.ts';
import type { VaultHeader } from '../vault/header.ts';
import type { VaultKeys } from '../vault/keys.ts';
import type { MigrationProgress } from '../vault/migration.ts';
import {
  openRecords,
  type RecordKind,
  type SealedRecord,
  sealRecordOfKind,
} from '../vault/sealed-records.ts';
import { sealSummary, summaryKey } from './summary-seal.ts';
import { VAULT_HEADER_KEY, VAULT_PROGRESS_KEY } from './vault-batch-store.ts';

// The store's own schema types its values as plain records; on this path they are sealed.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = IDBPDatabase<any>;
// biome-ignore lint/suspicious/noExplicitAny: records of every kind pass through the same code
type AnyRecord = any;

const keysOf = new WeakMap<object, VaultKeys>();

/** Gives the connection the keys of the unlocked vault; without keys, it is locked again. */
export function attachVaultKeys(db: object, keys: VaultKeys | undefined): void {
  if (keys) keysOf.set(db, keys);
  else keysOf.delete(db);
}

export function attachedVaultKeys(db: object): VaultKeys | undefined {
  return keysOf.get(db);
}

let keysSource: (() => Promise<VaultKeys | undefined>) | undefined;

/**
 * Where connections without attached keys get them: in the background the key holder (which
 * checks the auto-lock first), in an extension page the keys the background handed it. Set once
 * per page or worker.
 */
export function setVaultKeysSource(source: (() => Promise<VaultKeys | undefined>) | undefined) {
  keysSource = source;
}

/**
 * The keys to use, or undefined when the records are unencrypted (no header: the user chose
 * "okrypterat"). Throws VaultError('locked') when a vault exists and no keys of it are attached,
 * and VaultError('migration_interrupted') while the first encryption has not finished (then some
 * records are still plain, and only the migration may touch them).
 */
export async function sealedMode(db: AnyDb): Promise<VaultKeys | undefined> {
  const tx = db.transaction('meta');
  const [header, progress] = await Promise.all([
    tx.store.get(VAULT_HEADER_KEY) as Promise<{ value: VaultHeader } | undefined>,
    tx.store.get(VAULT_PROGRESS_KEY) as Promise<{ value: MigrationProgress } | undefined>,
  ]);
  if (!header) return undefined;
  const keys = keysOf.get(db) ?? (await keysSource?.());
  if (!keys || keys.vaultId !== header.value.vaultId) throw new VaultError('locked');
  if (progress?.value.state === 'running') throw new VaultError('migration_interrupted');
  return keys;
}

interface IndexSpec {
  /** The index of the sealed records. */
  index: string;
  /** The value it holds for a plain query value. */
  query(keys: VaultKeys, value: AnyRecord): Promise<IDBValidKey>;
  /** The plain field the store's index is on: for staged records and exact matches. */
  plain(record: AnyRecord): unknown;
  /** Blind indexes normalise; the plain index matched exactly, and so does this one. */
  exact?: boolean;
}

const opaqueOf = (kind: RecordKind) => (keys: VaultKeys, v: string) => opaqueId(keys, kind, v);
const same = async (_keys: VaultKeys, v: IDBValidKey) => v;

const INDEXES: Record<string, IndexSpec> = {
  'employers.byOrganisationsnummer': {
    index: 'byOrgnrIndex',
    query: (keys, v) => blindIndex(keys, 'organisationsnummer', v),
    plain: (r) => r.organisationsnummer,
    exact: true,
  },
  'employees.byEmployer': {
    index: 'byEmployer',
    query: opaqueOf('employers'),
    plain: (r) => r.employerId,
  },
  'employees.byPersonnummer': {
    index: 'byPersonnummerIndex',
    query: (keys, v) => blindIndex(keys, 'personnummer', v),
    plain: (r) => r.personnummer,
    exact: true,
  },
  'insatser.byEmployee': {
    index: 'byEmployee',
    query: opaqueOf('employees'),
    plain: (r) => r.employeeId,
  },
  'insatser.byEmployer': {
    index: 'byEmployer',
    query: opaqueOf('employers'),
    plain: (r) => r.employerId,
  },
  'insatser.byYear': { index: 'byYear', query: same, plain: (r) => r.year },
  'insatser.byEmployerYear': {
    index: 'byEmployerYear',
    query: async (keys, [employerId, year]) => [
      await opaqueId(keys, 'employers', employerId),
      year,
    ],
    plain: (r) => [r.employerId, r.year],
  },
  'applications.byEmployer': {
    index: 'byEmployer',
    query: opaqueOf('employers'),
    plain: (r) => r.employerId,
  },
  'applications.byEmployee': {
    index: 'byEmployee',
    query: opaqueOf('employees'),
    plain: (r) => r.employeeId,
  },
  'applications.byYear': { index: 'byYear', query: same, plain: (r) => r.year },
};

const sameKey = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The sealed records as the store's logic sees them: plain records, with the writes made so far
 * in this view overlaid. Insatser come back as the store keeps them in plain, with the employer
 * (of their employee) and the year.
 */
export class SealedView {
  readonly #staged = new Map<RecordKind, Map<string, AnyRecord | null>>();
  readonly #cleared = new Set<RecordKind>();
  /** The employer of each employee, for insatser opened in this view. */
  readonly #employerOf = new Map<string, Promise<string>>();
  readonly #listing: boolean;

  /**
   * `listing: false` for reads that hand out records: insatser then come back as records, without
   * the employer and year the write logic needs (finding the employer costs an employee's opening).
   */
  constructor(
    readonly db: AnyDb,
    readonly keys: VaultKeys,
    { listing = true }: { listing?: boolean } = {},
  ) {
    this.#listing = listing;
  }

  #employerOfEmployee(employeeId: string): Promise<string> {
    let employerId = this.#employerOf.get(employeeId);
    if (!employerId) {
      employerId = this.get('employees', employeeId).then((e) => e?.employerId ?? '');
      this.#employerOf.set(employeeId, employerId);
    }
    return employerId;
  }

  #stagedOf(kind: RecordKind): Map<string, AnyRecord | null> {
    const staged = this.#staged.get(kind) ?? new Map<string, AnyRecord | null>();
    this.#staged.set(kind, staged);
    return staged;
  }

  async #open(kind: RecordKind, sealed: SealedRecord[]): Promise<AnyRecord[]> {
    const records: AnyRecord[] = await openRecords(this.keys, kind, sealed as AnyRecord);
    if (kind !== 'insatser' || !this.#listing) return records;
    return Promise.all(
      records.map(async (i) => ({
        ...i,
        employerId: await this.#employerOfEmployee(i.employeeId),
        year: yearOf(i.performedOn),
      })),
    );
  }

  async get(kind: RecordKind, id: string): Promise<AnyRecord | undefined> {
    const staged = this.#staged.get(kind);
    if (staged?.has(id)) return staged.get(id) ?? undefined;
    if (this.#cleared.has(kind)) return undefined;
    const sealed = await this.db.get(kind, await opaqueId(this.keys, kind, id));
    return sealed ? (await this.#open(kind, [sealed]))[0] : undefined;
  }

  async getKey(kind: RecordKind, id: string): Promise<string | undefined> {
    const staged = this.#staged.get(kind);
    if (staged?.has(id)) return staged.get(id) ? id : undefined;
    if (this.#cleared.has(kind)) return undefined;
    const key = await this.db.getKey(kind, await opaqueId(this.keys, kind, id));
    return key === undefined ? undefined : id;
  }

  #overlay(kind: RecordKind, stored: AnyRecord[], matches: (r: AnyRecord) => boolean) {
    const staged = this.#staged.get(kind);
    const base = this.#cleared.has(kind) ? [] : stored;
    const out = staged ? base.filter((r) => !staged.has(r.id)) : base;
    for (const r of staged?.values() ?? []) if (r && matches(r)) out.push(r);
    // In id order, as IndexedDB lists plain records (by code unit, as it compares strings): the
    // opaque ids' order would shuffle lists and backups.
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async getAll(kind: RecordKind): Promise<AnyRecord[]> {
    const stored = this.#cleared.has(kind)
      ? []
      : await this.#open(kind, await this.db.getAll(kind));
    return this.#overlay(kind, stored, () => true);
  }

  async getAllFromIndex(kind: RecordKind, name: string, value: AnyRecord): Promise<AnyRecord[]> {
    const spec = INDEXES[`${kind}.${name}`];
    if (!spec) throw new Error(`no sealed index ${kind}.${name}`);
    const matches = (r: AnyRecord) => sameKey(spec.plain(r), value);
    let stored: AnyRecord[] = [];
    if (!this.#cleared.has(kind)) {
      const query = await spec.query(this.keys, value);
      stored = await this.#open(kind, await this.db.getAllFromIndex(kind, spec.index, query));
      if (spec.exact) stored = stored.filter(matches);
    }
    return this.#overlay(kind, stored, matches);
  }

  put(kind: RecordKind, record: AnyRecord): void {
    if (kind === 'employees') this.#employerOf.clear();
    this.#stagedOf(kind).set(record.id, record);
  }

  delete(kind: RecordKind, id: string): void {
    if (kind === 'employees') this.#employerOf.clear();
    this.#stagedOf(kind).set(id, null);
  }

  clear(kind: RecordKind): void {
    if (kind === 'employees') this.#employerOf.clear();
    this.#cleared.add(kind);
    this.#staged.delete(kind);
  }

  /**
   * An object shaped like the part of an idb transaction the store's write logic uses, over this
   * view. Its requests resolve at once, as staged writes.
   */
  asTransaction(): unknown {
    return {
      objectStore: (kind: RecordKind) => ({
        get: (id: string) => this.get(kind, id),
        getKey: (id: string) => this.getKey(kind, id),
        getAll: () => this.getAll(kind),
        count: async () =>
          this.#cleared.has(kind) || this.#staged.has(kind)
            ? (await this.getAll(kind)).length
            : this.db.count(kind),
        put: async (record: AnyRecord) => this.put(kind, record),
        delete: async (id: string) => this.delete(kind, id),
        clear: async () => this.clear(kind),
        index: (name: string) => ({
          getAll: (value: AnyRecord) => this.getAllFromIndex(kind, name, value),
          getAllKeys: async (value: AnyRecord) =>
            (await this.getAllFromIndex(kind, name, value)).map((r) => r.id as string),
        }),
      }),
    };
  }

  /** What the staged writes are in sealed form: opaque ids to delete, records to put. */
  async sealStaged({
    summaries,
  }: {
    summaries?: boolean;
  } = {}): Promise<{ kind: RecordKind; clear: boolean; remove: string[]; put: SealedRecord[] }[]> {
    // `summaries`: only the register's summaries (true), or all but them (false).
    const kinds = new Set<RecordKind>(
      [...this.#cleared, ...this.#staged.keys()].filter(
        (k) => summaries === undefined || ((k as string) === 'summaries') === summaries,
      ),
    );
    const out = [];
    for (const kind of kinds) {
      const staged = [...(this.#staged.get(kind) ?? new Map()).entries()];
      if ((kind as string) === 'summaries') {
        // The register's summaries (core/store/summaries.ts): sealed whole, keyed apart.
        out.push({
          kind,
          clear: this.#cleared.has(kind),
          remove: await Promise.all(
            staged.filter(([, r]) => r === null).map(([id]) => summaryKey(this.keys, id)),
          ),
          put: (await Promise.all(
            staged.filter(([, r]) => r !== null).map(([, r]) => sealSummary(this.keys, r)),
          )) as unknown as SealedRecord[],
        });
        continue;
      }
      const remove = await Promise.all(
        staged.filter(([, r]) => r === null).map(([id]) => opaqueId(this.keys, kind, id)),
      );
      const records = staged.map(([, r]) => r).filter((r) => r !== null);
      const put: SealedRecord[] = [];
      // In chunks, as `sealRecords` does: far faster in Chromium than all at once.
      for (let i = 0; i < records.length; i += 128) {
        put.push(
          ...(await Promise.all(
            records.slice(i, i + 128).map((r) => {
              if (kind !== 'insatser') return sealRecordOfKind(this.keys, kind, r);
              const { employerId, year: _year, ...insats } = r;
              return sealRecordOfKind(this.keys, kind, insats, { employerId });
            }),
          )),
        );
      }
      out.push({ kind, clear: this.#cleared.has(kind), remove, put });
    }
    return out;
  }
}

/** Opens sealed records read outside a view (one employer's page of insatser, found by name). */
export function openSealed<T = AnyRecord>(
  keys: VaultKeys,
  kind: RecordKind,
  sealed: unknown[],
): Promise<T[]> {
  return openRecords(keys, kind, sealed as AnyRecord) as Promise<T[]>;
}
