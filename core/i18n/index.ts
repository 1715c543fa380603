export * from './dates.ts';
export * from './format.ts';
export * from './messages.ts';
