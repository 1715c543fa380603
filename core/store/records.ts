/**
 * The provider's records in IndexedDB (through `idb`): providers, employers, employees, insatser
 * and applications, plus a small `meta` store (date of the last backup).
 *
 * Opened only by extension pages and the background: a content script would open FK's site
 * storage instead of the extension's.
 *
 * Stable API (the prefill feature reads records through it):
 *   openRecordsDb(name?)                      → RecordsDb
 *   get<Kind>(db, id), list<Kinds>(db), put<Kind>(db, record), delete<Kind>(db, id)
 *   listEmployeesByEmployer, listInsatserByEmployee, listInsatserByEmployer, listInsatserByYear,
 *   listApplicationsByEmployer, listApplicationsByEmployee
 *   loadEmployeeCase(db, employeeId)          → everything about one employee (see EmployeeCase)
 *   exportRecords(db) / replaceAllRecords(db, records) / writeRecords(db, records): one transaction
 *   getRevision(db): bumped in the same transaction as every write; a write given
 *   `{ expectedRevision }` is refused with StaleRecordsError when the records changed since then
 *   createRecordsConnection(name?): a connection that reopens after another page upgraded the layout
 *   loadRegisterSummaries(db, asOf?)          → every employer's register summary that holds on
 *                                               the day (core/store/summaries.ts)
 *
 * References stay whole on every write: an employee's employer, an insats' employee and provider,
 * an application's employer, employee and insatser (of that employee) are stored. Deleting an
 * insats takes it out of the applications naming it (an application left without insatser is
 * deleted) and says which; a provider named by insatser is not deleted.
 *
 * Layout versions:
 *   v1: providers, employers, employees (byEmployer), insatser (byEmployee).
 *   v2: insatser carry `employerId` and `year` (indexes byEmployer, byYear, byEmployerYear);
 *       applications (byEmployer, byEmployee, byYear); meta. The upgrade fills the new fields of
 *       insatser written by v1.
 *   v3: the blind-index lookups of sealed records (see core/store/vault-access.ts): employees by
 *       `personnummerIndex` and `nameIndex` (one entry per word), employers by `orgnrIndex`. The
 *       v2 indexes serve sealed records unchanged, on their opaque ids.
 *   v4: `summaries`, the register's figures per employer (see core/store/summaries.ts), kept
 *       up to date in the transaction of every write; empty after the upgrade until first read.
 *
 * Encryption at rest: when the records hold a vault header, every call reads and writes sealed
 * records with the keys attached to the connection (`attachVaultKeys`), and throws
 * VaultError('locked') without them. Without a header (the user chose "okrypterat") nothing
 * changes. The guarantees above hold on both.
 *
 * This file is the store's public face; each job has its file:
 *   records-layout.ts        the layout, its errors, opening and the migrations
 *   records-transactions.ts  one transaction per call, sealed or plain, the revision and meta
 *   records-kinds.ts         per-kind read and write, with the lookups
 *   records-cases.ts         loading an employee's case, or every case of an employer
 *   records-bulk.ts          export, counts, the bulk write of an import and the restore
 *   summaries.ts             the register's stored summary per employer, and reading it
 */

export * from './records-bulk.ts';
export * from './records-cases.ts';
export * from './records-kinds.ts';
export * from './records-layout.ts';
export { getMeta, getRevision, setMeta, withoutListingFields } from './records-transactions.ts';
export { loadRegisterSummaries, readStoredSummaries } from './summaries.ts';
export { attachedVaultKeys, attachVaultKeys, setVaultKeysSource } from './vault-access.ts';
