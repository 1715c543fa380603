import type { Bilingual } from './format.ts';

/**
 * The reload notice, worded once: the prefill's surfaces (PREFILL_TEXTS) and the widget end their
 * "could not load" and "was updated" messages with it. A file of its own so that the widget's
 * first file takes these few words and not the prefill's whole table.
 */
export const RELOAD_PAGE: Bilingual = { sv: 'Ladda om sidan.', en: 'Reload the page.' };
