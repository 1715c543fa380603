/** Background handlers for prefilling FK's e-service. Filled by the prefill feature. */
export function registerPrefillHandlers(): void {}
