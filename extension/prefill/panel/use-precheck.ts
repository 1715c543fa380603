/** Checks the chosen case as soon as it is chosen, so its problems show before "Fyll i". */
import { useEffect, useState } from 'preact/hooks';
import type { CaseCheckAnswer, CaseChoice } from '../../messaging/protocol.ts';
import type { PanelSend } from './send.ts';

/** What is known when the check got no answer: nothing to show. */
const NO_CHECK: CaseCheckAnswer = { ok: false, problems: [] };

export function usePrecheck(send: PanelSend, choice: CaseChoice | undefined, tabId?: number) {
  const choiceKey = choice ? JSON.stringify(choice) : '';
  const [precheck, setPrecheck] = useState<CaseCheckAnswer>();
  useEffect(() => {
    setPrecheck(undefined);
    if (!choiceKey) return;
    // An answer to an earlier choice arrives too late to be shown.
    let current = true;
    send({
      type: 'prefill:check',
      choice: JSON.parse(choiceKey),
      ...(tabId !== undefined ? { tabId } : {}),
    })
      .then((r) => {
        if (current) setPrecheck(r ?? NO_CHECK);
      })
      // No check: "Fyll i" stays possible, and the fill itself says what is wrong.
      .catch(() => {
        if (current) setPrecheck(NO_CHECK);
      });
    return () => {
      current = false;
    };
  }, [choiceKey, send, tabId]);
  /** A case is chosen and its check has not answered yet. */
  const checking = choiceKey !== '' && precheck === undefined;
  return { precheck, checking };
}
