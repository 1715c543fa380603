import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../core/i18n/format.ts';
import type { VaultAnswer, VaultRequest } from '../../extension/background/vault-messages.ts';
import { PrefillPanel } from '../../extension/prefill/PrefillPanel.tsx';
import { UnlockForm } from '../../extension/records/VaultUnlock.tsx';
import '../../extension/prefill/panel.css';

const both = (text: Bilingual) => `${text.sv} / ${text.en}`;
const askVault = (request: VaultRequest) =>
  browser.runtime.sendMessage(request) as Promise<VaultAnswer>;

/** The same choice of case as the panel on the page, for the active tab (no `tabs` permission). */
function Popup() {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  // Locked: the unlock comes first; the panel would only say that it is locked.
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    void askVault({ type: 'vault:status' }).then((a) => setLocked(a.status.state === 'locked'));
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
      {locked ? (
        <UnlockForm
          t={both}
          onUnlock={async (secret) => {
            const answer = await askVault(
              'passphrase' in secret
                ? { type: 'vault:unlock', passphrase: secret.passphrase }
                : { type: 'vault:unlock-recovery', recoveryCode: secret.recoveryCode },
            );
            if (!answer.ok) return answer.error;
            setLocked(false);
            return undefined;
          }}
        />
      ) : tabId === undefined ? (
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
