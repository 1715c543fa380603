/**
 * The background's key holder: the only place the unwrapped data key lives. It is kept in memory,
 * and in `storage.session` so that the MV3 service worker, which the browser stops after ~30 s
 * idle, does not lock the user out on every restart. `storage.session` is memory only, cleared
 * when the browser closes, and not readable by content scripts (its default access level). The
 * key is never written to `storage.local` or IndexedDB: those are on disk.
 *
 * Every read of the keys asks the auto-lock policy first, so a late alarm (the computer slept)
 * never lets an expired session read records.
 * Browser APIs come in as small interfaces, so the holder is tested without a browser.
 */
import { AutoLockPolicy, DEFAULT_IDLE_MINUTES } from '../../core/vault/auto-lock.ts';
import { failure, type VaultResult } from '../../core/vault/errors.ts';
import {
  changePassphrase,
  keysMatchHeader,
  rewrapWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type VaultHeader,
} from '../../core/vault/header.ts';
import { VaultKeys } from '../../core/vault/keys.ts';
import type { VaultStatus } from '../messaging/protocol.ts';

export const AUTO_LOCK_ALARM = 'vault-auto-lock';
const SECRET = 'vault.sessionSecret';
const LAST_ACTIVITY = 'vault.lastActivityAt';
const IDLE_MINUTES = 'vault.idleMinutes';

/** The part of `chrome.storage.session` / `storage.local` the holder uses. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

export interface AlarmsArea {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean> | unknown;
}

export interface KeyHolderDeps {
  /** `browser.storage.session`: the only place besides memory the key may be kept. */
  session: StorageArea;
  /** `browser.storage.local`: the idle setting only, nothing secret. */
  local: StorageArea;
  alarms: AlarmsArea;
  /** The vault header from the records store; undefined when the records are unencrypted. */
  loadHeader(): Promise<VaultHeader | undefined>;
  saveHeader(header: VaultHeader): Promise<void>;
  /** Called after every lock: forget decrypted data held elsewhere (the prefill's chosen cases). */
  onLock?: () => void;
  now?: () => number;
}

export class KeyHolder {
  #keys: VaultKeys | undefined;
  /** When unlocked with the recovery code: a new passphrase may be set without the old one. */
  #recovered = false;
  #lastRecordedAt: number | undefined;
  readonly #now: () => number;

  constructor(private readonly deps: KeyHolderDeps) {
    this.#now = deps.now ?? Date.now;
  }

  async policy(): Promise<AutoLockPolicy> {
    const stored = (await this.deps.local.get(IDLE_MINUTES))[IDLE_MINUTES];
    return new AutoLockPolicy(typeof stored === 'number' ? stored : DEFAULT_IDLE_MINUTES);
  }

  /** The unlocked keys, or undefined when locked (or there is no vault). */
  async keys(): Promise<VaultKeys | undefined> {
    const session = await this.deps.session.get([SECRET, LAST_ACTIVITY]);
    const last = session[LAST_ACTIVITY];
    if (!this.#keys && typeof session[SECRET] !== 'string') return undefined;
    if ((await this.policy()).isDue(this.#now(), typeof last === 'number' ? last : undefined)) {
      await this.lock();
      return undefined;
    }
    if (!this.#keys) {
      // The service worker restarted while unlocked: take the key back from storage.session,
      // but only if it still belongs to the stored vault.
      const header = await this.deps.loadHeader();
      const keys = await VaultKeys.fromSessionSecret(session[SECRET] as string).catch(
        () => undefined,
      );
      if (!header || !keys || !(await keysMatchHeader(header, keys))) {
        await this.lock();
        return undefined;
      }
      this.#keys = keys;
    }
    return this.#keys;
  }

  async status(): Promise<VaultStatus> {
    const header = await this.deps.loadHeader();
    if (!header) return { state: 'none' };
    const policy = await this.policy();
    if (!(await this.keys())) return { state: 'locked', idleMinutes: policy.idleMinutes };
    const last = (await this.deps.session.get(LAST_ACTIVITY))[LAST_ACTIVITY] as number;
    return { state: 'unlocked', idleMinutes: policy.idleMinutes, lockAt: policy.lockAt(last) };
  }

  async unlock(passphrase: string): Promise<VaultResult<object>> {
    const header = await this.deps.loadHeader();
    if (!header) return failure('header_invalid');
    const unlocked = await unlockWithPassphrase(header, passphrase);
    if (!unlocked.ok) return unlocked;
    await this.#hold(unlocked.keys, false);
    return { ok: true };
  }

  async unlockWithRecoveryCode(code: string): Promise<VaultResult<object>> {
    const header = await this.deps.loadHeader();
    if (!header) return failure('header_invalid');
    const unlocked = await unlockWithRecoveryCode(header, code);
    if (!unlocked.ok) return unlocked;
    await this.#hold(unlocked.keys, true);
    return { ok: true };
  }

  /** Holds freshly created keys (setup) or unlocked ones, and starts the idle clock. */
  async #hold(keys: VaultKeys, recovered: boolean): Promise<void> {
    this.#keys?.wipe();
    this.#keys = keys;
    this.#recovered = recovered;
    const now = this.#now();
    await this.deps.session.set({ [SECRET]: keys.toSessionSecret(), [LAST_ACTIVITY]: now });
    this.#lastRecordedAt = now;
    await this.#arm(now);
  }

  /** Setup: the store has written the header and begun the migration with these keys. */
  adoptNewVault(keys: VaultKeys): Promise<void> {
    return this.#hold(keys, false);
  }

  /**
   * Setup from the dashboard, which created the vault and encrypted the records: its keys, as
   * `toSessionSecret` text, are held only if they are the stored header's.
   */
  async adoptSessionSecret(secret: string): Promise<VaultResult<object>> {
    const header = await this.deps.loadHeader();
    const keys = await VaultKeys.fromSessionSecret(secret).catch(() => undefined);
    if (!header || !keys || !(await keysMatchHeader(header, keys))) {
      keys?.wipe();
      return failure('header_invalid');
    }
    await this.adoptNewVault(keys);
    return { ok: true };
  }

  async #arm(lastActivityAt: number): Promise<void> {
    const policy = await this.policy();
    await this.deps.alarms.create(AUTO_LOCK_ALARM, { when: policy.lockAt(lastActivityAt) });
  }

  async lock(): Promise<void> {
    this.#keys?.wipe();
    this.#keys = undefined;
    this.#recovered = false;
    this.#lastRecordedAt = undefined;
    await this.deps.session.remove([SECRET, LAST_ACTIVITY]);
    await this.deps.alarms.clear(AUTO_LOCK_ALARM);
    this.deps.onLock?.();
  }

  /** The user did something in an extension page: push the auto-lock back. */
  async activity(): Promise<void> {
    if (!(await this.keys())) return;
    const now = this.#now();
    if (!(await this.policy()).worthRecording(now, this.#lastRecordedAt)) return;
    this.#lastRecordedAt = now;
    await this.deps.session.set({ [LAST_ACTIVITY]: now });
    await this.#arm(now);
  }

  /** The auto-lock alarm fired: lock if the idle time has passed, otherwise re-arm. */
  async onAlarm(name: string): Promise<void> {
    if (name !== AUTO_LOCK_ALARM) return;
    if (await this.keys()) {
      const last = (await this.deps.session.get(LAST_ACTIVITY))[LAST_ACTIVITY];
      if (typeof last === 'number') await this.#arm(last);
    }
  }

  async setIdleMinutes(idleMinutes: number): Promise<void> {
    await this.deps.local.set({ [IDLE_MINUTES]: new AutoLockPolicy(idleMinutes).idleMinutes });
    const last = (await this.deps.session.get(LAST_ACTIVITY))[LAST_ACTIVITY];
    if (this.#keys && typeof last === 'number') await this.#arm(last);
  }

  async changePassphrase(current: string, next: string): Promise<VaultResult<object>> {
    const header = await this.deps.loadHeader();
    if (!header) return failure('header_invalid');
    const changed = await changePassphrase(header, current, next);
    if (!changed.ok) return changed;
    await this.deps.saveHeader(changed.header);
    changed.keys.wipe();
    return { ok: true };
  }

  /** Only right after a recovery-code unlock: the old passphrase is what was lost. */
  async resetPassphrase(next: string): Promise<VaultResult<object>> {
    const header = await this.deps.loadHeader();
    const keys = await this.keys();
    if (!header || !keys || !this.#recovered) return failure('wrong_recovery_code');
    const reset = await rewrapWithPassphrase(header, keys, next);
    if (!reset.ok) return reset;
    await this.deps.saveHeader(reset.header);
    this.#recovered = false;
    return { ok: true };
  }
}
