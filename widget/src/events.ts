/**
 * The events a <stodkollen-kalkyl> sends. All bubble and are composed (they cross the shadow
 * boundary), and none carries anything about a person.
 *
 *   stodkollen:ready     after the first render of the form           detail: { lang }
 *   stodkollen:estimate  whenever the form gives a new valid result   detail: EstimateEventDetail
 */
import type { Lang } from '../../core/i18n/format.ts';
import type { EstimateEventDetail } from './summary.ts';

export interface StodkollenEventMap {
  'stodkollen:ready': CustomEvent<{ lang: Lang }>;
  'stodkollen:estimate': CustomEvent<EstimateEventDetail>;
}

export type { EstimateEventDetail };
