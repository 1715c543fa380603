/** Downloads the invoice basis of the chosen case, as the background writes it (CSV with a BOM). */
import type { CaseChoice } from '../../messaging/protocol.ts';
import type { PanelSend } from './send.ts';

export async function downloadInvoiceBasis(send: PanelSend, choice: CaseChoice | undefined) {
  if (!choice) return;
  const r = await send({ type: 'prefill:invoice-basis', choice });
  if (!r?.ok) return;
  // The BOM makes Excel read the file as UTF-8 (å, ä, ö).
  const url = URL.createObjectURL(new Blob([`\ufeff${r.csv}`], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
