/**
 * The records database's layout: its name and version, the object stores and indexes, the errors
 * its calls throw, opening it, and the migrations between layout versions (listed in records.ts).
 * A layout change bumps RECORDS_DB_VERSION with a migration step here and a test that opens a
 * database of the previous version.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import { yearOf } from '../i18n/dates.ts';
import type { EmployerSummary } from '../register/register.ts';
import type { FieldError } from '../schema/errors.ts';
import type { Application, Employee, Employer, Insats, Provider } from '../schema/records.ts';

export const RECORDS_DB_NAME = 'stodkollen-records';
export const RECORDS_DB_VERSION = 4;

/** An insats as stored: the record plus the employer and year it is listed under. */
export type StoredInsats = Insats & { employerId: string; year: number };

export type MetaEntry =
  | {
      key: 'lastBackupAt' | 'lastImportAt';
      /** ISO date-time. */
      value: string;
    }
  | {
      /** Bumped by every write of records, in the write's own transaction. */
      key: 'revision';
      value: number;
    };

export interface RecordsSchema extends DBSchema {
  providers: { key: string; value: Provider };
  employers: {
    key: string;
    value: Employer;
    indexes: { byOrganisationsnummer: string; byOrgnrIndex: string };
  };
  employees: {
    key: string;
    value: Employee;
    indexes: {
      byEmployer: string;
      byPersonnummer: string;
      byPersonnummerIndex: string;
      byNameIndex: string;
    };
  };
  insatser: {
    key: string;
    value: StoredInsats;
    indexes: {
      byEmployee: string;
      byEmployer: string;
      byYear: number;
      byEmployerYear: [string, number];
    };
  };
  applications: {
    key: string;
    value: Application;
    indexes: { byEmployer: string; byEmployee: string; byYear: number };
  };
  meta: { key: string; value: MetaEntry };
  /**
   * The register's summary of each employer (core/store/summaries.ts): a cache kept in step with
   * the records in every write's transaction, sealed when the records are; never in a backup.
   */
  summaries: { key: string; value: EmployerSummary };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;
export type RecordStore = StoreNames<RecordsSchema>;
export const RECORD_STORES = [
  'providers',
  'employers',
  'employees',
  'insatser',
  'applications',
] as const satisfies readonly RecordStore[];

/** All records, as exported in a backup and written by an import. */
export interface RecordsSet {
  providers: Provider[];
  employers: Employer[];
  employees: Employee[];
  insatser: Insats[];
  applications: Application[];
}

/** A record that does not pass its schema; `errors` say which field and why, in both languages. */
export class InvalidRecordError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.en).join(' '));
    this.name = 'InvalidRecordError';
  }
}

/** A record that points at an employer, employee, provider or insats that is not stored. */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: 'employerId' | 'employeeId' | 'providerId' | 'insatsIds',
    readonly id: string,
  ) {
    // The id is kept as a property for the caller, never in the message: it may hold a personnummer.
    super(`Missing ${field}`);
    this.name = 'MissingReferenceError';
  }
}

/** A record other records point at, which a write would leave dangling. */
export class ReferencedRecordError extends Error {
  constructor(
    /** The records that point at it. */
    readonly insatser: Insats[],
    readonly applications: Application[],
  ) {
    super('Referenced by other records');
    this.name = 'ReferencedRecordError';
  }
}

/** The records changed (in another tab, say) since the caller read them. */
export class StaleRecordsError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super('The records changed since they were read');
    this.name = 'StaleRecordsError';
  }
}

/** The database on disk has a newer layout than this code (another tab runs a newer version). */
export class RecordsDbTooNewError extends Error {
  constructor() {
    super('The records database has a newer layout');
    this.name = 'RecordsDbTooNewError';
  }
}

export interface WriteOptions {
  /** The revision the caller read; the write is refused with StaleRecordsError if it moved on. */
  expectedRevision?: number;
}

/** What deleting an insats did to the applications that named it. */
export interface InsatsDeletion {
  /** Applications that still name other insatser, now without this one. */
  updated: Application[];
  /** Applications that named only this insats, deleted with it. */
  deleted: Application[];
}

export interface OpenOptions {
  /** Called when this connection was closed so that a newer layout could open. */
  onClosedForUpgrade?: () => void;
}

export async function openRecordsDb(
  name: string = RECORDS_DB_NAME,
  { onClosedForUpgrade }: OpenOptions = {},
): Promise<RecordsDb> {
  try {
    return await openLayout(name, onClosedForUpgrade);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new RecordsDbTooNewError();
    }
    throw error;
  }
}

/**
 * A connection for pages and the background that live long: opened on first use, and opened
 * again on the next use after it was closed for another page's newer layout (which then fails
 * with RecordsDbTooNewError, for the caller to say so, instead of hanging on a closed connection).
 */
export function createRecordsConnection(
  name: string = RECORDS_DB_NAME,
  onClosedForUpgrade?: () => void,
): () => Promise<RecordsDb> {
  let current: Promise<RecordsDb> | undefined;
  return () => {
    current ??= openRecordsDb(name, {
      onClosedForUpgrade: () => {
        current = undefined;
        onClosedForUpgrade?.();
      },
    }).catch((error) => {
      current = undefined;
      throw error;
    });
    return current;
  };
}

function openLayout(name: string, onClosedForUpgrade?: () => void): Promise<RecordsDb> {
  return openDB<RecordsSchema>(name, RECORDS_DB_VERSION, {
    // An updated extension opening a newer layout must not wait for an old page to be closed.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosedForUpgrade?.();
    },
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('providers', { keyPath: 'id' });
        const employers = db.createObjectStore('employers', { keyPath: 'id' });
        employers.createIndex('byOrganisationsnummer', 'organisationsnummer');
        const employees = db.createObjectStore('employees', { keyPath: 'id' });
        employees.createIndex('byEmployer', 'employerId');
        employees.createIndex('byPersonnummer', 'personnummer');
        const insatser = db.createObjectStore('insatser', { keyPath: 'id' });
        insatser.createIndex('byEmployee', 'employeeId');
      }
      if (oldVersion < 2) {
        const insatser = tx.objectStore('insatser');
        insatser.createIndex('byEmployer', 'employerId');
        insatser.createIndex('byYear', 'year');
        insatser.createIndex('byEmployerYear', ['employerId', 'year']);
        const applications = db.createObjectStore('applications', { keyPath: 'id' });
        applications.createIndex('byEmployer', 'employerId');
        applications.createIndex('byEmployee', 'employeeId');
        applications.createIndex('byYear', 'year');
        db.createObjectStore('meta', { keyPath: 'key' });
        if (oldVersion === 1) await fillInsatsListingFields(tx);
      }
      if (oldVersion < 3) {
        const employees = tx.objectStore('employees');
        employees.createIndex('byPersonnummerIndex', 'personnummerIndex');
        employees.createIndex('byNameIndex', 'nameIndex', { multiEntry: true });
        tx.objectStore('employers').createIndex('byOrgnrIndex', 'orgnrIndex');
      }
      // Empty: the register builds the summaries on its first read (core/store/summaries.ts).
      if (oldVersion < 4) db.createObjectStore('summaries', { keyPath: 'id' });
    },
  });
}

/** v1 → v2: every stored insats gets the employer of its employee and its year. */
async function fillInsatsListingFields(
  tx: IDBPTransaction<RecordsSchema, StoreNames<RecordsSchema>[], 'versionchange'>,
): Promise<void> {
  const employees = await tx.objectStore('employees').getAll();
  const employerOf = new Map(employees.map((e) => [e.id, e.employerId]));
  let cursor = await tx.objectStore('insatser').openCursor();
  while (cursor) {
    const insats = cursor.value as Insats & Partial<StoredInsats>;
    await cursor.update({
      ...insats,
      employerId: employerOf.get(insats.employeeId) ?? '',
      year: yearOf(insats.performedOn),
    });
    cursor = await cursor.continue();
  }
}
