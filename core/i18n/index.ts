export * from './amount.ts';
export * from './dates.ts';
export * from './format.ts';
export * from './messages.ts';
