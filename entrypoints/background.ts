import { registerPrefillHandlers } from '../extension/background/prefill.ts';
import { registerRecordsHandlers } from '../extension/background/records.ts';

/**
 * The extension's background: owns the records (IndexedDB in the extension's origin), answers the
 * extension pages and the content script, and reminds of deadlines. Logic lives in extension/.
 */
export default defineBackground(() => {
  registerRecordsHandlers();
  registerPrefillHandlers();
});
