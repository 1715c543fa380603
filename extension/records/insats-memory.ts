/**
 * What the insats form remembers between entries: the last category, performer, competence and
 * price entered by hand, so that a provider's staff type the same ones only once. Nothing about a
 * person: no employee, date, description or position taken, so a remembered entry is tied to
 * nobody. Kept in the extension's own `storage.local` (no web page can read it) and in memory.
 *
 * The last employer of the employee form is remembered in memory only (NewRecordsView): an
 * employer's id holds its organisationsnummer, which for a sole trader is a personnummer, and the
 * records may be encrypted at rest where `storage.local` is not.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CATEGORY_IDS } from '../../core/rules/categories.ts';

const KEY = 'insats.lastEntry';

export const RememberedInsatsSchema = z.object({
  category: z.enum(CATEGORY_IDS),
  performer: z.string().check(z.maxLength(200)),
  competence: z.string().check(z.maxLength(200)),
  cost: z.number().check(z.refine(Number.isFinite)),
});
export type RememberedInsats = z.output<typeof RememberedInsatsSchema>;

/** The last entry, once read; undefined before any. */
export const rememberedInsats = signal<RememberedInsats | undefined>(undefined);

type Local = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
};
const local = (): Local | undefined =>
  (browser as unknown as { storage?: { local?: Local } } | undefined)?.storage?.local;

/** Reads the remembered entry from the extension's storage; a value that fails the schema is ignored. */
export async function loadRememberedInsats(): Promise<void> {
  const store = local();
  if (!store) return;
  try {
    const parsed = RememberedInsatsSchema.safeParse((await store.get(KEY))[KEY]);
    if (parsed.success && rememberedInsats.value === undefined)
      rememberedInsats.value = parsed.data;
  } catch {
    // Storage unavailable: the form starts empty, as before.
  }
}

/** Remembers the category, performer, competence and price of an insats just saved. */
export async function rememberInsats(entry: RememberedInsats): Promise<void> {
  const parsed = RememberedInsatsSchema.safeParse(entry);
  if (!parsed.success) return;
  rememberedInsats.value = parsed.data;
  try {
    await local()?.set({ [KEY]: parsed.data });
  } catch {
    // Remembered for this page only.
  }
}
