/**
 * The dashboard's side of the vault: whether the records are encrypted, locked or unlocked, and
 * the keys this page reads them with. The background's key holder decides (auto-lock included);
 * the page asks it with `vault:keys` and keeps the keys only in memory, forgotten on every lock.
 * Setup runs here, in the page the user waits on: the vault is created, its recovery code shown,
 * and only after the user confirms are the records encrypted, then the keys handed to the
 * background.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../core/i18n/format.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import { setVaultKeysSource } from '../../core/store/records.ts';
import { idbMigrationStore, readVaultHeader } from '../../core/store/vault-batch-store.ts';
import { sealBackup } from '../../core/vault/backup-envelope.ts';
import { VaultError } from '../../core/vault/errors.ts';
import { createVault, type NewVault, type VaultHeader } from '../../core/vault/header.ts';
import { VaultKeys } from '../../core/vault/keys.ts';
import { migrateToVault } from '../../core/vault/migration.ts';
import type { VaultAnswer, VaultRequest } from '../messaging/protocol.ts';
import { askBackground } from '../messaging/send.ts';
import { db, employees, employers, refresh, routes } from './state.ts';

export type GateState =
  | { step: 'loading' }
  /** No vault and no choice made yet: the first start. */
  | { step: 'setup' }
  /** The user chose to keep the records unencrypted ("okrypterat"). */
  | { step: 'plain' }
  | { step: 'locked' }
  | { step: 'encrypting'; sealed: number; total: number; error?: Bilingual }
  | { step: 'unlocked'; idleMinutes: number; lockAt: number };

export const gate = signal<GateState>({ step: 'loading' });

/** storage.local, not secret: that the user chose "okrypterat", so the setup is not asked again. */
const PLAIN_CHOSEN = 'vault.unencryptedChosen';
const SESSION_SECRET = 'vault.sessionSecret';

let keys: VaultKeys | undefined;
setVaultKeysSource(async () => keys);

const send = (request: VaultRequest): Promise<VaultAnswer> => askBackground(request);

function forget(): void {
  keys?.wipe();
  keys = undefined;
  // Decrypted records leave the page's memory with the key.
  employers.value = [];
  employees.value = [];
  routes.value = undefined;
}

/** Asks the background where the vault stands and follows it. */
export async function checkVault(): Promise<void> {
  const answer = await send({ type: 'vault:keys' });
  const status = answer.status;
  if (status.state === 'none') {
    forget();
    const chosen = (await browser.storage.local.get(PLAIN_CHOSEN))[PLAIN_CHOSEN] === true;
    gate.value = { step: chosen ? 'plain' : 'setup' };
    if (chosen) await refresh();
    return;
  }
  if (status.state === 'locked' || !answer.ok || !answer.secret) {
    forget();
    gate.value = { step: 'locked' };
    return;
  }
  if (!keys || keys.toSessionSecret() !== answer.secret) {
    keys?.wipe();
    keys = await VaultKeys.fromSessionSecret(answer.secret);
  }
  const d = await db();
  const progress = await idbMigrationStore(d).readProgress();
  if (progress?.state === 'running') {
    // The first encryption was interrupted (the page closed): it continues where it stopped.
    const header = await readVaultHeader(d);
    if (header) await encrypt(header, keys);
  }
  gate.value = { step: 'unlocked', ...status };
  await refresh();
}

export async function unlock(
  secret: { passphrase: string } | { recoveryCode: string },
): Promise<Bilingual | undefined> {
  const answer = await send(
    'passphrase' in secret
      ? { type: 'vault:unlock', passphrase: secret.passphrase }
      : { type: 'vault:unlock-recovery', recoveryCode: secret.recoveryCode },
  );
  if (!answer.ok) return answer.error;
  await checkVault();
  return undefined;
}

export async function lockNow(): Promise<void> {
  await send({ type: 'vault:lock' });
  forget();
  gate.value = { step: 'locked' };
}

export async function changePassphrase(current: string, next: string): Promise<VaultAnswer> {
  return send({ type: 'vault:change-passphrase', current, next });
}

/** After a recovery-code unlock: the lost passphrase is replaced. */
export async function resetPassphrase(next: string): Promise<VaultAnswer> {
  return send({ type: 'vault:reset-passphrase', next });
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const answer = await send({ type: 'vault:set-idle-minutes', idleMinutes });
  if (answer.status.state === 'unlocked') gate.value = { step: 'unlocked', ...answer.status };
}

/** Step 1 of the setup: a new vault in memory; nothing is written yet. */
export async function newVault(
  passphrase: string,
): Promise<{ ok: true; vault: NewVault } | { ok: false; error: Bilingual }> {
  const created = await createVault(passphrase);
  if (!created.ok) return created;
  return { ok: true, vault: created };
}

/** Step 2, after the user confirmed the recovery code: encrypt the records, hand over the keys. */
let pending: NewVault | undefined;

export async function encryptWith(vault: NewVault): Promise<void> {
  pending = vault;
  if (keys !== vault.keys) keys?.wipe();
  keys = vault.keys;
  await encrypt(vault.header, vault.keys);
  const answer = await send({ type: 'vault:adopt', secret: vault.keys.toSessionSecret() });
  if (!answer.ok) throw new VaultError('header_invalid');
  pending = undefined;
  await browser.storage.local.remove(PLAIN_CHOSEN);
  await checkVault();
}

/** After a failed batch: the setup's own vault continues; otherwise the unlock resumes it. */
export function retryEncryption(): Promise<void> {
  return pending ? encryptWith(pending) : checkVault();
}

async function encrypt(header: NewVault['header'], with_: VaultKeys): Promise<void> {
  gate.value = { step: 'encrypting', sealed: 0, total: 0 };
  try {
    await migrateToVault(idbMigrationStore(await db()), header, with_, {
      onProgress: (p) => {
        gate.value = { step: 'encrypting', sealed: p.sealed, total: p.total };
      },
    });
  } catch (error) {
    // A failed batch left its records as they were (plain or sealed, never lost); trying again
    // continues from there.
    const current = gate.value.step === 'encrypting' ? gate.value : { sealed: 0, total: 0 };
    gate.value = {
      step: 'encrypting',
      sealed: current.sealed,
      total: current.total,
      error: error instanceof VaultError ? error : VAULT_MESSAGES.migration_interrupted,
    };
    throw error;
  }
}

/** The keys this page holds while unlocked (or while encrypting at setup). */
export const currentKeys = (): VaultKeys | undefined => keys;

/**
 * A backup's text for download: sealed under the vault (`sealBackup`) when there is one; plain
 * only for records kept unencrypted, or when `plain` says the user chose so after the warning.
 */
export async function backupText(
  plainText: string,
  { plain = false }: { plain?: boolean } = {},
): Promise<{ text: string; encrypted: boolean }> {
  const header = await readVaultHeader(await db());
  if (!header || plain) return { text: plainText, encrypted: false };
  if (!keys) throw new VaultError('locked');
  return { text: await sealBackup(header, keys, plainText), encrypted: true };
}

/**
 * An encrypted backup opened in a profile without a vault (a new computer): the profile takes the
 * backup's vault, so the same passphrase and recovery code keep working. Whatever records are
 * there are encrypted first (by the resumable migration); the caller then restores the backup's
 * records, sealed.
 */
export async function adoptBackupVault(header: VaultHeader, with_: VaultKeys): Promise<boolean> {
  const d = await db();
  if (await readVaultHeader(d)) return false;
  await encryptWith({ header, keys: with_, recoveryCode: '' });
  return true;
}

export async function chooseUnencrypted(): Promise<void> {
  await browser.storage.local.set({ [PLAIN_CHOSEN]: true });
  gate.value = { step: 'plain' };
  await refresh();
}

/** From "okrypterat": the setup again, to encrypt after all. */
export function startSetup(): void {
  gate.value = { step: 'setup' };
}

let lastActivity = 0;
/** User input in the page pushes the auto-lock back; at most every 30 s, as the holder records. */
function noteActivity(): void {
  if (gate.value.step !== 'unlocked') return;
  const now = Date.now();
  if (now - lastActivity < 30_000) return;
  lastActivity = now;
  void send({ type: 'vault:activity' });
}

let watching = false;
/** Follows locks and unlocks made elsewhere: the auto-lock, the popup, another tab. */
export function watchVault(): void {
  if (watching) return;
  watching = true;
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, noteActivity);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session' || !(SESSION_SECRET in changes)) return;
    if (changes[SESSION_SECRET]?.newValue === undefined) {
      if (gate.value.step !== 'unlocked') return;
      forget();
      gate.value = { step: 'locked' };
    } else if (gate.value.step !== 'unlocked' && gate.value.step !== 'encrypting') {
      // Unlocked, or set up, elsewhere (the popup, another tab): this page follows, asking for
      // the keys itself; a page left on "okrypterat" would otherwise be refused every read.
      void checkVault();
    }
  });
  // A backstop for a missed change event: asking also lets the holder lock an expired session.
  setInterval(() => {
    if (gate.value.step !== 'unlocked') return;
    void send({ type: 'vault:status' }).then((answer) => {
      if (answer.status.state === 'locked') {
        forget();
        gate.value = { step: 'locked' };
      } else if (answer.status.state === 'unlocked') {
        gate.value = { step: 'unlocked', ...answer.status };
      }
    });
  }, 60_000);
}
