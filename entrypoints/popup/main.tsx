import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PrefillPanel } from '../../extension/prefill/PrefillPanel.tsx';
import '../../extension/prefill/panel.css';

/** The same choice of case as the panel on the page, for the active tab (no `tabs` permission). */
function Popup() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id))
      .catch(() => setTabId(undefined));
  }, []);
  if (tabId === null) return <p aria-busy="true">Laddar… / Loading…</p>;
  return (
    <>
      <h1>Stödkollen</h1>
      <p lang="sv">Rehabiliteringsstöd från Försäkringskassan och Afa Försäkring.</p>
      <p lang="en">Workplace rehabilitation support from Försäkringskassan and Afa Försäkring.</p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          Öppna registret <span lang="en">/ Open the records</span>
        </a>
      </p>
      {tabId === undefined ? (
        <p>
          Ingen flik att fylla i. <span lang="en">No tab to fill in.</span>
        </p>
      ) : (
        <PrefillPanel tabId={tabId} />
      )}
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
