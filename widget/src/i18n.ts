/**
 * The widget's texts by language. Swedish is in the main file; English comes from its own file the
 * first time a widget on the page needs it, so a Swedish page never loads it (and the reverse costs
 * one small request).
 */
import type { Lang } from '../../core/i18n/format.ts';
import { lazy } from './lazy/part.ts';
import { sv, type Texts } from './texts/sv.ts';

export type { Texts };

const en = lazy(() => import('./texts/en.ts').then((m) => m.en));

/** The texts of `lang`, or undefined while they load (reading it re-renders on arrival). */
export function textsFor(lang: Lang): Texts | undefined {
  return lang === 'sv' ? sv : en.value;
}

export function loadTexts(lang: Lang): Promise<Texts> {
  return lang === 'sv' ? Promise.resolve(sv) : en.load();
}

/** True after the English texts could not be loaded (the widget says so, in both languages). */
export function textsFailed(lang: Lang): boolean {
  return lang === 'en' && en.failed;
}
