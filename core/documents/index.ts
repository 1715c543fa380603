export * from './cap-usage.ts';
export * from './deadlines.ts';
export * from './employee-case.ts';
export * from './invoice-basis.ts';
export * from './report-7026.ts';
