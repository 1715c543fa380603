import { registerPrefillHandlers } from '../extension/background/prefill.ts';
import { registerRecordsHandlers, updateDeadlineBadge } from '../extension/background/records.ts';
import { registerVaultForRecords } from '../extension/background/vault.ts';

/**
 * The extension's background: owns the records (IndexedDB in the extension's origin), answers the
 * extension pages and the content script, and reminds of deadlines. Logic lives in extension/.
 */
export default defineBackground(() => {
  // First: the records store takes its keys from the vault's holder.
  registerVaultForRecords(() => void updateDeadlineBadge());
  registerRecordsHandlers();
  registerPrefillHandlers();
});
