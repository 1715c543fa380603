/**
 * All records at once: the export (a backup's content), the counts, and the bulk write of an
 * import or a restore, each in one transaction.
 */
import {
  MissingReferenceError,
  RECORD_STORES,
  type RecordStore,
  type RecordsDb,
  type RecordsSet,
  type WriteOptions,
} from './records-layout.ts';
import {
  consistently,
  sealedView,
  toStored,
  withoutListingFields,
  write,
} from './records-transactions.ts';

export async function exportRecords(db: RecordsDb): Promise<RecordsSet> {
  return (await exportRecordsWithRevision(db)).records;
}

/** Every record and the revision they are at, read in one transaction. */
export async function exportRecordsWithRevision(
  db: RecordsDb,
): Promise<{ records: RecordsSet; revision: number }> {
  const view = await sealedView(db);
  if (view) {
    const { value, revision } = await consistently(db, async () => {
      const [providers, employers, employees, insatser, applications] = await Promise.all(
        RECORD_STORES.map((kind) => view.getAll(kind)),
      );
      return { providers, employers, employees, insatser, applications } as RecordsSet;
    });
    return { records: value, revision };
  }
  const tx = db.transaction([...RECORD_STORES, 'meta'] as RecordStore[]);
  const [providers, employers, employees, insatser, applications, meta] = await Promise.all([
    tx.objectStore('providers').getAll(),
    tx.objectStore('employers').getAll(),
    tx.objectStore('employees').getAll(),
    tx.objectStore('insatser').getAll(),
    tx.objectStore('applications').getAll(),
    tx.objectStore('meta').get('revision'),
  ]);
  await tx.done;
  return {
    records: {
      providers,
      employers,
      employees,
      insatser: insatser.map(withoutListingFields),
      applications,
    },
    revision: meta?.key === 'revision' ? meta.value : 0,
  };
}

export interface RecordCounts {
  providers: number;
  employers: number;
  employees: number;
  insatser: number;
  applications: number;
}

export async function countRecords(db: RecordsDb): Promise<RecordCounts> {
  const tx = db.transaction([...RECORD_STORES]);
  const [providers, employers, employees, insatser, applications] = await Promise.all(
    RECORD_STORES.map((s) => tx.objectStore(s).count()),
  );
  await tx.done;
  return {
    providers: providers ?? 0,
    employers: employers ?? 0,
    employees: employees ?? 0,
    insatser: insatser ?? 0,
    applications: applications ?? 0,
  };
}

/**
 * Writes already validated records (an import plan or a backup) in ONE transaction: if any write
 * fails nothing is written. With `replace`, every record store is emptied first (a restore).
 * Every reference must point at a record in `records` or (without `replace`) already stored;
 * otherwise MissingReferenceError and nothing is written.
 */
export async function writeRecords(
  db: RecordsDb,
  records: Partial<RecordsSet>,
  { replace = false, ...options }: { replace?: boolean } & WriteOptions = {},
): Promise<void> {
  await write(db, [...RECORD_STORES], options, async (tx, touch) => {
    if (replace) await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
    // Into an empty store (a first import, a restore) every touched employer's records are in
    // hand: their summaries are computed from them, once each, instead of read back.
    const fromHand = replace || (await tx.objectStore('employees').count()) === 0;
    const employerOf = new Map<string, string>();
    for (const e of records.employees ?? []) employerOf.set(e.id, e.employerId);
    const employerIds = new Set((records.employers ?? []).map((e) => e.id));
    const providerIds = new Set((records.providers ?? []).map((p) => p.id));
    const insatsEmployee = new Map((records.insatser ?? []).map((i) => [i.id, i.employeeId]));
    // Checks first, writes after: a refused set leaves no write in flight to fail unobserved.
    const known = async (
      store: 'employers' | 'providers',
      inSet: Set<string>,
      id: string,
    ): Promise<boolean> =>
      inSet.has(id) || (!replace && (await tx.objectStore(store).getKey(id)) !== undefined);
    const employerChecked = new Set<string>();
    const requireEmployer = async (id: string) => {
      if (employerChecked.has(id)) return;
      if (!(await known('employers', employerIds, id))) {
        throw new MissingReferenceError('employerId', id);
      }
      employerChecked.add(id);
    };
    for (const e of records.employees ?? []) await requireEmployer(e.employerId);
    const insatser = records.insatser ?? [];
    const applications = records.applications ?? [];
    const unknownEmployees = [
      ...new Set([...insatser, ...applications].map((r) => r.employeeId)),
    ].filter((id) => !employerOf.has(id));
    for (const id of unknownEmployees) {
      const existing = replace ? undefined : await tx.objectStore('employees').get(id);
      if (!existing) throw new MissingReferenceError('employeeId', id);
      employerOf.set(id, existing.employerId);
    }
    for (const i of insatser) {
      if (i.providerId && !(await known('providers', providerIds, i.providerId))) {
        throw new MissingReferenceError('providerId', i.providerId);
      }
    }
    for (const a of applications) {
      await requireEmployer(a.employerId);
      for (const id of a.insatsIds) {
        const owner =
          insatsEmployee.get(id) ??
          (replace ? undefined : (await tx.objectStore('insatser').get(id))?.employeeId);
        if (owner !== a.employeeId) throw new MissingReferenceError('insatsIds', id);
      }
    }

    const puts: Promise<unknown>[] = [];
    const put = (p: Promise<unknown>) => {
      // Handled here too: after one failure the others reject with the abort.
      p.catch(() => {});
      puts.push(p);
    };
    for (const p of records.providers ?? []) put(tx.objectStore('providers').put(p));
    for (const e of records.employers ?? []) put(tx.objectStore('employers').put(e));
    for (const e of records.employees ?? []) put(tx.objectStore('employees').put(e));
    const insatsStore = tx.objectStore('insatser');
    const stored = insatser.map((i) => toStored(i, employerOf.get(i.employeeId) as string));
    for (const i of stored) put(insatsStore.put(i));
    for (const a of applications) put(tx.objectStore('applications').put(a));
    await Promise.all(puts);

    if (!fromHand) {
      touch.all = true;
      return;
    }
    touch.clear = replace;
    const employers = new Map((records.employers ?? []).map((e) => [e.id, e]));
    for (const e of records.employees ?? []) {
      if (!employers.has(e.employerId)) {
        const existing = await tx.objectStore('employers').get(e.employerId);
        if (existing) employers.set(existing.id, existing);
      }
    }
    const providers = replace
      ? (records.providers ?? [])
      : await tx.objectStore('providers').getAll();
    touch.inHand = {
      providers,
      employers: [...employers.values()],
      employees: records.employees ?? [],
      insatser: stored,
      applications,
    };
  });
}

/** Restore: replaces every record with the given set, in one transaction. */
export const replaceAllRecords = (db: RecordsDb, records: RecordsSet, options: WriteOptions = {}) =>
  writeRecords(db, records, { ...options, replace: true });

/** Empties every record store (the meta store keeps the date of the last backup). */
export async function wipeRecords(db: RecordsDb, options: WriteOptions = {}): Promise<void> {
  await write(db, [...RECORD_STORES], options, async (tx, touch) => {
    touch.clear = true;
    await Promise.all(RECORD_STORES.map((s) => tx.objectStore(s).clear()));
  });
}
