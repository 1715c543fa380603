/**
 * "Fyll i": asks the background to fill the tab and keeps its answer. A missing answer or a
 * broken channel means the extension was updated under the page: the user is asked to reload.
 */
import { useState } from 'preact/hooks';
import { PREFILL_TEXTS } from '../../../core/i18n/messages-prefill.ts';
import type { CaseChoice, FillAnswer } from '../../messaging/protocol.ts';
import type { PanelSend } from './send.ts';

const stop = (text: { sv: string; en: string }): FillAnswer => ({
  ok: false,
  problems: [{ ...text, severity: 'stop' }],
});

export function useFill(send: PanelSend, tabId: number | undefined, onStart: () => void) {
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<FillAnswer | undefined>();
  /** Counts the fills, so a report is known to be the answer to the latest click. */
  const [runs, setRuns] = useState(0);

  const fill = async (choice: CaseChoice | undefined, overwrite: boolean) => {
    if (!choice) return;
    setBusy(true);
    onStart();
    try {
      const a = await send({
        type: 'prefill:fill',
        choice,
        overwrite,
        ...(tabId !== undefined ? { tabId } : {}),
      });
      setAnswer(a ?? stop(PREFILL_TEXTS.reload));
    } catch {
      setAnswer(stop(PREFILL_TEXTS.reload_or_no_answer));
    } finally {
      setRuns((n) => n + 1);
      setBusy(false);
    }
  };
  return { busy, answer, runs, fill };
}
