/**
 * Where the background reads the records for prefilling. The records feature owns the store; until
 * it is merged, the records are read from the extension's own storage (never the page's), parsed
 * with the records schemas like every other external input.
 */

import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  ApplicationSchema,
  EmployeeSchema,
  EmployerSchema,
  InsatsSchema,
  ProviderSchema,
} from '../../core/schema/records.ts';

export const RecordsBundleSchema = z.object({
  providers: z.array(ProviderSchema),
  employers: z.array(EmployerSchema),
  employees: z.array(EmployeeSchema),
  insatser: z.array(InsatsSchema),
  applications: z.optional(z.array(ApplicationSchema)),
});
export type RecordsBundle = z.output<typeof RecordsBundleSchema>;

export const RECORDS_KEY = 'stodkollen.records';

const EMPTY: RecordsBundle = { providers: [], employers: [], employees: [], insatser: [] };

export async function loadRecords(): Promise<RecordsBundle> {
  const stored = await browser.storage.local.get(RECORDS_KEY);
  const parsed = RecordsBundleSchema.safeParse(stored[RECORDS_KEY]);
  return parsed.success ? parsed.data : EMPTY;
}
