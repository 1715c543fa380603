/**
 * The dashboard's state: the open database, the language, the route and the lists shown. Records
 * are read from IndexedDB in the extension's own origin; nothing leaves the device.
 */
import { computed, signal } from '@preact/signals';
import type { Bilingual, Lang } from '../../core/i18n/format.ts';
import type { Employee, Employer } from '../../core/schema/records.ts';
import {
  countRecords,
  createRecordsConnection,
  getMeta,
  listEmployees,
  listEmployers,
  type RecordCounts,
  type RecordsDb,
  RecordsDbTooNewError,
  StaleRecordsError,
} from '../../core/store/records.ts';
import { VaultError } from '../../core/vault/errors.ts';
import { routeTokens } from './route-ids.ts';
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
/** Record id → the opaque token in its addresses; undefined until the first read. */
export const routes = signal<Map<string, string> | undefined>(undefined);
const idByToken = computed(() => new Map([...(routes.value ?? [])].map(([id, t]) => [t, id])));

/** The record id an address names; null when none does, undefined while still reading. */
export function idOfRoute(token: string): string | null | undefined {
  if (!routes.value) return undefined;
  return idByToken.value.get(token) ?? null;
}
export const employeeHref = (id: string) => `#/medarbetare/${routes.value?.get(id) ?? ''}`;
export const employerHref = (id: string) => `#/arbetsgivare/${routes.value?.get(id) ?? ''}`;
export const employeeById = computed(() => new Map(employees.value.map((e) => [e.id, e])));

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

/**
 * A read or write failed; the dashboard says so instead of waiting forever. `newerVersion`: the
 * records were opened by a newer version of the extension (another tab after an update), which
 * this page cannot read; reloading it loads the newer version too.
 */
export const failure = signal<false | 'failure' | 'newerVersion'>(false);
addEventListener('unhandledrejection', (event) => {
  // Locked or still encrypting: the vault gate says so and asks for the unlock, not a failure.
  // A record that fails to open (`record_tampered`) is a failure like any other.
  const code = event.reason instanceof VaultError ? event.reason.code : undefined;
  if (code === 'locked' || code === 'migration_interrupted') return;
  // Only the kind is kept: the error could contain record data, which is never shown or logged.
  failure.value = event.reason instanceof RecordsDbTooNewError ? 'newerVersion' : 'failure';
});

/** A message about the last action (what a deletion changed, say), shown until the next page. */
export const notice = signal<Bilingual | null>(null);

addEventListener('hashchange', () => {
  route.value = location.hash.slice(1) || '/';
  notice.value = null;
});

/**
 * Tells the dashboard's other tabs that the records changed, so they read them again, and the
 * background, which counts the deadline badge again. The message is the word "changed" only.
 */
const channel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('stodkollen-records') : undefined;
if (channel) {
  channel.onmessage = () => {
    void refresh();
  };
}

export const db: () => Promise<RecordsDb> = createRecordsConnection(undefined, () => {
  failure.value = 'newerVersion';
});

/**
 * Runs a write made on what the page read at `revision`. When the records changed since (in
 * another tab), nothing is written: the page says so and shows the records as they are now.
 * Returns whether it was written.
 */
export async function writeOnRead(
  write: (options: { expectedRevision: number }) => Promise<unknown>,
  revision: number,
  done: Bilingual,
): Promise<boolean> {
  try {
    await write({ expectedRevision: revision });
  } catch (error) {
    if (!(error instanceof StaleRecordsError)) throw error;
    notice.value = TEXT.stale;
    await refresh();
    return false;
  }
  notice.value = done;
  await changed();
  return true;
}

/**
 * Tells the other tabs and the background that something they show changed (a year-end batch
 * marked as sent), without reading this tab's records again.
 */
export function announceChange(): void {
  channel?.postMessage('changed');
}

/** Reads the lists again after a change made here, and tells the other tabs. */
export async function changed(): Promise<void> {
  channel?.postMessage('changed');
  await refresh();
}

/** Reads the lists again. */
export async function refresh(): Promise<void> {
  const d = await db();
  const [er, ee, c, backup] = await Promise.all([
    listEmployers(d),
    listEmployees(d),
    countRecords(d),
    getMeta(d, 'lastBackupAt'),
  ]);
  routes.value = await routeTokens([...er.map((e) => e.id), ...ee.map((e) => e.id)]);
  employers.value = er.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  employees.value = ee.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  counts.value = c;
  lastBackupAt.value = backup;
  revision.value++;
}
