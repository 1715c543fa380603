export * from './categories.ts';
export * from './coverage.ts';
export * from './parameters.ts';
export * from './rule-ids.ts';
