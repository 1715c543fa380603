/** Prefilling FK's e-service: DOM-free vocabulary, matching, planning and the case's values. */
export * from './case.ts';
export * from './dates.ts';
export * from './fields.ts';
export * from './match.ts';
export * from './normalise.ts';
export * from './options.ts';
export * from './plan.ts';
export * from './text.ts';
export * from './values.ts';
export * from './vocabulary.ts';
