export * from './backup.ts';
export * from './common.ts';
export * from './documents.ts';
export * from './errors.ts';
export * from './estimate-input.ts';
export * from './estimate-scenario.ts';
export * from './identity.ts';
export * from './records.ts';
