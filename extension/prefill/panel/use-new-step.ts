/** Whether the tab's page has shown another step since the last "Fyll i" (its content script says). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StepAnnouncementSchema } from '../../messaging/protocol.ts';

export function useNewStep(tabId: number | undefined) {
  const [newStep, setNewStep] = useState(false);
  useEffect(() => {
    if (tabId === undefined || !browser?.runtime?.onMessage) return;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      // Parsed like every message: only a step announcement from this panel's tab counts.
      if (sender.tab?.id === tabId && StepAnnouncementSchema.safeParse(message).success) {
        setNewStep(true);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId]);
  return [newStep, setNewStep] as const;
}
