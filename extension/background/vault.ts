/**
 * Background handlers for the vault: lock, unlock, passphrase change, activity and the alarms-based
 * auto-lock. Only extension pages are answered; a content script (on FK's page) never is.
 *
 * The records store takes its keys from the holder (`setVaultKeysSource`), so the background's
 * own readers (the prefill, the deadline badge) read sealed records while unlocked and get
 * VaultError('locked') otherwise. Extension pages get the keys through `vault:keys`.
 */
import { browser } from 'wxt/browser';
import { createRecordsConnection, setVaultKeysSource } from '../../core/store/records.ts';
import { readVaultHeader, writeVaultHeader } from '../../core/store/vault-batch-store.ts';
import { failure, type VaultFailure } from '../../core/vault/errors.ts';
import { type VaultAnswer, type VaultRequest, VaultRequestSchema } from '../messaging/protocol.ts';
import { KeyHolder, type KeyHolderDeps } from './key-holder.ts';
import { forgetChosenCases, setRecordsLockCheck } from './prefill.ts';

type Sender = { url?: string; id?: string };

/** Requests after which the records can be read again (the deadline badge counts anew). */
const UNLOCKING = new Set<VaultRequest['type']>([
  'vault:unlock',
  'vault:unlock-recovery',
  'vault:adopt',
]);

function fromExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

export async function answerVaultRequest(
  holder: KeyHolder,
  request: VaultRequest,
): Promise<VaultAnswer> {
  const done = async (result: { ok: true } | { ok: false; error: VaultFailure }) => {
    const status = await holder.status();
    return result.ok
      ? { ok: true as const, status }
      : { ok: false as const, error: result.error, status };
  };
  switch (request.type) {
    case 'vault:status':
      return done({ ok: true });
    case 'vault:unlock':
      return done(await holder.unlock(request.passphrase));
    case 'vault:unlock-recovery':
      return done(await holder.unlockWithRecoveryCode(request.recoveryCode));
    case 'vault:lock':
      await holder.lock();
      return done({ ok: true });
    case 'vault:activity':
      await holder.activity();
      return done({ ok: true });
    case 'vault:set-idle-minutes':
      await holder.setIdleMinutes(request.idleMinutes);
      return done({ ok: true });
    case 'vault:change-passphrase':
      return done(await holder.changePassphrase(request.current, request.next));
    case 'vault:reset-passphrase':
      return done(await holder.resetPassphrase(request.next));
    case 'vault:keys': {
      const keys = await holder.keys();
      const answer = await done({ ok: true });
      return keys && answer.ok ? { ...answer, secret: keys.toSessionSecret() } : answer;
    }
    case 'vault:adopt':
      return done(await holder.adoptSessionSecret(request.secret));
    default:
      return done(failure('header_invalid'));
  }
}

/**
 * Wires the holder to the browser; `store` says where the records store keeps the header. The
 * prefill then refuses while locked and forgets its chosen cases on every lock.
 */
export function registerVaultHandlers(
  store: Pick<KeyHolderDeps, 'loadHeader' | 'saveHeader' | 'onLock'>,
  onUnlock?: () => void,
): KeyHolder {
  const holder = new KeyHolder({
    ...store,
    onLock: () => {
      forgetChosenCases();
      store.onLock?.();
    },
    session: browser.storage.session,
    local: browser.storage.local,
    alarms: browser.alarms,
  });
  setRecordsLockCheck(async () => (await holder.status()).state === 'locked');
  setVaultKeysSource(() => holder.keys());
  browser.alarms.onAlarm.addListener((alarm) => {
    void holder.onAlarm(alarm.name);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse) => {
    if (!fromExtensionPage(sender)) return undefined;
    const parsed = VaultRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    void answerVaultRequest(holder, parsed.data).then((answer) => {
      if (answer.ok && UNLOCKING.has(parsed.data.type)) onUnlock?.();
      sendResponse(answer);
    });
    return true;
  });
  // On every start of the service worker: an idle time that passed while it was stopped locks now.
  void holder.keys();
  return holder;
}

/** The holder over the records database's header: what the background registers. */
export function registerVaultForRecords(onUnlockChange?: () => void): KeyHolder {
  const db = createRecordsConnection();
  return registerVaultHandlers(
    {
      loadHeader: async () => readVaultHeader(await db()),
      saveHeader: async (header) => writeVaultHeader(await db(), header),
      onLock: onUnlockChange,
    },
    onUnlockChange,
  );
}
