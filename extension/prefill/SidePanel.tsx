/** @jsxImportSource preact */
/**
 * The prefill panel in the browser's side panel (Chrome) or sidebar (Firefox): outside FK's page,
 * so the page can neither cover, frame nor read it. It fills the window's active tab, found with
 * `tabs.query` (no `tabs` permission needed) and followed as the user switches tabs; the
 * background checks that tab against what its content script reported.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import { PrefillPanel } from './PrefillPanel.tsx';

/**
 * Test builds only: `?tabId=` names the tab, because the panel opened as a page of its own is
 * itself the active tab (Playwright does not reach the real side panel).
 */
export function tabFromTestHook(search: string, mode: string): number | undefined {
  if (mode !== 'e2e') return undefined;
  const raw = new URLSearchParams(search).get('tabId') ?? '';
  return /^\d{1,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
}

export function SidePanel() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    const hooked = tabFromTestHook(location.search, import.meta.env.MODE);
    if (hooked !== undefined) {
      setTabId(hooked);
      return;
    }
    const follow = () => {
      browser.tabs
        .query({ active: true, lastFocusedWindow: true })
        .then(([tab]) => setTabId(tab?.id))
        .catch(() => setTabId(undefined));
    };
    follow();
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  if (tabId === null) {
    return (
      <p aria-busy="true">
        {PREFILL_TEXTS.loading.sv} / {PREFILL_TEXTS.loading.en}
      </p>
    );
  }
  if (tabId === undefined) {
    return (
      <p>
        {PREFILL_TEXTS.no_tab.sv} <span lang="en">{PREFILL_TEXTS.no_tab.en}</span>
      </p>
    );
  }
  // A new tab is a new page to fill: the panel starts over for it.
  return <PrefillPanel key={tabId} tabId={tabId} />;
}
