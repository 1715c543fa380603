/** The texts inside "Sparade kalkyler", in both languages: part of that section's own file. */
import type { Lang } from '../../../core/i18n/format.ts';

const sv = {
  savedIntro:
    'Sparas bara i den här webbläsaren. Skriv inga namn eller personnummer, till exempel ”Stresskurs hösten”.',
  saveName: 'Namn på kalkylen',
  save: 'Spara kalkylen',
  update: 'Spara ändringarna',
  saveNew: 'Spara som ny',
  saved: (name: string) => `Sparad: ${name}.`,
  open: 'Öppna',
  opened: (name: string) => `Öppnade ${name}. Beräknad med dagens datum.`,
  del: 'Ta bort',
  confirmDel: (name: string) => `Ta bort ${name}?`,
  yesDel: 'Ja, ta bort',
  cancel: 'Avbryt',
  deleted: (name: string) => `${name} är borttagen.`,
  none: 'Inga sparade kalkyler än.',
  unreadable: (n: number) => `${n} sparade kalkyler kunde inte läsas och visas inte.`,
  storageFailed: 'Webbläsaren tillåter inte att kalkyler sparas här (t.ex. i privat läge).',
  savedAt: 'sparad',
  newEstimate: 'Ny kalkyl',
};

export type SavedTexts = typeof sv;

const en: SavedTexts = {
  savedIntro:
    'Saved in this browser only. Write no names or personnummer, for example "Stress course autumn".',
  saveName: 'Name of the estimate',
  save: 'Save the estimate',
  update: 'Save the changes',
  saveNew: 'Save as new',
  saved: (name) => `Saved: ${name}.`,
  open: 'Open',
  opened: (name) => `Opened ${name}. Computed with today's date.`,
  del: 'Delete',
  confirmDel: (name) => `Delete ${name}?`,
  yesDel: 'Yes, delete',
  cancel: 'Cancel',
  deleted: (name) => `${name} is deleted.`,
  none: 'No saved estimates yet.',
  unreadable: (n) => `${n} saved estimates could not be read and are not shown.`,
  storageFailed: 'This browser does not allow estimates to be saved here (e.g. in private mode).',
  savedAt: 'saved',
  newEstimate: 'New estimate',
};

export const SAVED_TEXTS: Record<Lang, SavedTexts> = { sv, en };
