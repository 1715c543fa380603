/**
 * Ends a readwrite transaction that failed part-way: aborts it (unless it already finished or
 * aborted), waits until it has, and throws the error that stopped it, so nothing of it is written.
 */
export async function abandon(
  tx: { abort(): void; done: Promise<unknown> },
  error: unknown,
): Promise<never> {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
  await tx.done.catch(() => {});
  throw error;
}
