import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../core/i18n/format.ts';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import type { VaultAnswer, VaultRequest } from '../../extension/messaging/protocol.ts';
import { askBackground } from '../../extension/messaging/send.ts';
import { UnlockForm } from '../../extension/records/VaultUnlock.tsx';
import '../../extension/prefill/panel.css';

const both = (text: Bilingual) => `${text.sv} / ${text.en}`;
const askVault = (request: VaultRequest): Promise<VaultAnswer> => askBackground(request);

interface PanelApis {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows: { getCurrent(): Promise<{ id?: number }> };
}

/**
 * Opens the prefill panel in the side panel (Chrome) or sidebar (Firefox). Called straight from
 * the click: both browsers open it only within the user's gesture.
 */
function openPanel(): void {
  const apis = browser as unknown as PanelApis;
  if (apis.sidebarAction) {
    apis.sidebarAction.open().then(
      () => window.close(),
      () => undefined,
    );
    return;
  }
  apis.windows.getCurrent().then((w) => {
    if (w.id !== undefined) apis.sidePanel?.open({ windowId: w.id }).then(() => window.close());
  });
}

function Popup() {
  // Locked: the unlock comes first; the side panel would only say that it is locked.
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    void askVault({ type: 'vault:status' }).then((a) => setLocked(a.status.state === 'locked'));
  }, []);
  return (
    <>
      <h1>Stödkollen</h1>
      <p lang="sv">{PREFILL_TEXTS.popup_about.sv}</p>
      <p lang="en">{PREFILL_TEXTS.popup_about.en}</p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {PREFILL_TEXTS.popup_open_records.sv}{' '}
          <span lang="en">/ {PREFILL_TEXTS.popup_open_records.en}</span>
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
      ) : (
        <p>
          <button type="button" class="primary" onClick={openPanel}>
            {PREFILL_TEXTS.popup_open_panel.sv}{' '}
            <span lang="en">/ {PREFILL_TEXTS.popup_open_panel.en}</span>
          </button>
        </p>
      )}
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
