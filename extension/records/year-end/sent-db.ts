/**
 * The dashboard's connection to the marks of sent year-end batches (core/store/year-end.ts),
 * opened once and shared by the year-end page and the deadlines page.
 */
import { openYearEndDb, type YearEndDb } from '../../../core/store/year-end.ts';

let yearEndDb: Promise<YearEndDb> | undefined;

export function sentDb(): Promise<YearEndDb> {
  yearEndDb ??= openYearEndDb();
  return yearEndDb;
}
