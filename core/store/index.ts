export * from '../documents/employee-case.ts';
export * from './estimates.ts';
export * from './records.ts';
