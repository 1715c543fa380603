/**
 * The dashboard's state: the open database, the language, the route and the lists shown. Records
 * are read from IndexedDB in the extension's own origin; nothing leaves the device.
 */
import { computed, signal } from '@preact/signals';
import type { Bilingual, Lang } from '../../core/i18n/format.ts';
import type { Employee, Employer } from '../../core/schema/records.ts';
import {
  countRecords,
  getMeta,
  listEmployees,
  listEmployers,
  openRecordsDb,
  type RecordCounts,
  type RecordsDb,
} from '../../core/store/records.ts';
import { TEXT, type TextKey } from './text.ts';

const LANG_KEY = 'stodkollen-lang';

export const lang = signal<Lang>(readLang());
export const route = signal<string>(location.hash.slice(1) || '/');
export const employers = signal<Employer[]>([]);
export const employees = signal<Employee[]>([]);
export const counts = signal<RecordCounts | undefined>(undefined);
export const lastBackupAt = signal<string | undefined>(undefined);
/** Bumped after every write, so views that read the database read again. */
export const revision = signal(0);

export const employerById = computed(() => new Map(employers.value.map((e) => [e.id, e])));

function readLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function setLang(next: Lang): void {
  lang.value = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // The choice is only remembered when storage is available.
  }
}

/** The UI text of `key`, or any bilingual text, in the current language. */
export function tr(key: TextKey | Bilingual): string {
  const text = typeof key === 'string' ? TEXT[key] : key;
  return text[lang.value];
}

export function navigate(path: string): void {
  location.hash = path;
}

addEventListener('hashchange', () => {
  route.value = location.hash.slice(1) || '/';
});

let dbPromise: Promise<RecordsDb> | undefined;
export function db(): Promise<RecordsDb> {
  dbPromise ??= openRecordsDb();
  return dbPromise;
}

/** Reads the lists again after a change. */
export async function refresh(): Promise<void> {
  const d = await db();
  const [er, ee, c, backup] = await Promise.all([
    listEmployers(d),
    listEmployees(d),
    countRecords(d),
    getMeta(d, 'lastBackupAt'),
  ]);
  employers.value = er.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  employees.value = ee.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  counts.value = c;
  lastBackupAt.value = backup;
  revision.value++;
}
