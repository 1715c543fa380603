/**
 * The saved estimates' database, opened on first use (most visitors never save, and a page that
 * only shows the widget should not create a database) and shared by every widget on the page.
 */
import { type EstimatesDb, openEstimatesDb } from '../../core/store/estimates.ts';

let opening: Promise<EstimatesDb> | undefined;

export function estimatesDb(): Promise<EstimatesDb> {
  opening ??= openEstimatesDb().catch((error: unknown) => {
    // Let a later attempt try again (e.g. after the user leaves private mode).
    opening = undefined;
    throw error;
  });
  return opening;
}
