import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../core/i18n/format.ts';
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
      ) : (
        <p>
          <button type="button" class="primary" onClick={openPanel}>
            Fyll i ansökan i sidopanelen{' '}
            <span lang="en">/ Fill in the application in the side panel</span>
          </button>
        </p>
      )}
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
