/** Whether the tab's page has shown another step since the last "Fyll i" (its content script says). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STEP_CHANGED } from '../../messaging/protocol.ts';

export function useNewStep(tabId: number | undefined) {
  const [newStep, setNewStep] = useState(false);
  useEffect(() => {
    if (tabId === undefined || !browser?.runtime?.onMessage) return;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { type?: string })?.type === STEP_CHANGED && sender.tab?.id === tabId) {
        setNewStep(true);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);
  return [newStep, setNewStep] as const;
}
