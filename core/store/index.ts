export * from '../documents/employee-case.ts';
export * from './records.ts';
