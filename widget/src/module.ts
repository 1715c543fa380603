/**
 * The ESM entry for bundlers: nothing runs on import; call `defineStodkollenKalkyl()` yourself.
 */
export { api } from './api.ts';
export type { Offer, WidgetConfig } from './config.ts';
export { defineStodkollenKalkyl, StodkollenKalkyl } from './element.tsx';
export type { EstimateEventDetail, StodkollenEventMap } from './events.ts';
