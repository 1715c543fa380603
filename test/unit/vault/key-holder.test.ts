import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { VaultHeader } from '../../../core/vault/header.ts';
import {
  AUTO_LOCK_ALARM,
  KeyHolder,
  type StorageArea,
} from '../../../extension/background/key-holder.ts';
import { answerVaultRequest } from '../../../extension/background/vault.ts';
import { VaultRequestSchema } from '../../../extension/messaging/protocol.ts';
import { newVault, PASSPHRASE } from './fixtures.ts';

// Each unlock runs the real KDF (600 000 to 1 000 000 PBKDF2 iterations): slow on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const MINUTE = 60_000;

class FakeArea implements StorageArea {
  data = new Map<string, unknown>();
  async get(keys: string | string[]) {
    const out: Record<string, unknown> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]) {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

/** A browser for one key holder: storage areas, alarms, a clock and the stored header. */
function browserFake(header: VaultHeader | undefined) {
  const world = {
    session: new FakeArea(),
    local: new FakeArea(),
    alarms: new Map<string, number>(),
    header,
    now: Date.parse('2026-12-01T09:00:00Z'),
    locks: 0,
  };
  const holder = () =>
    new KeyHolder({
      session: world.session,
      local: world.local,
      alarms: {
        create: (name, { when }) => world.alarms.set(name, when),
        clear: async (name) => world.alarms.delete(name),
      },
      loadHeader: async () => world.header,
      saveHeader: async (h) => {
        world.header = h;
      },
      onLock: () => {
        world.locks++;
      },
      now: () => world.now,
    });
  return { world, holder };
}

let vault: Awaited<ReturnType<typeof newVault>>;
let other: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  [vault, other] = await Promise.all([newVault(), newVault()]);
});

describe('the key holder', () => {
  it('reports "none" when the records have no vault (okrypterat)', async () => {
    const { holder } = browserFake(undefined);
    expect(await holder().status()).toEqual({ state: 'none' });
  });

  it('starts locked and stays locked after a wrong passphrase, with nothing in storage.session', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    expect(await h.status()).toEqual({ state: 'locked', idleMinutes: 15 });
    const result = await h.unlock('fel fel fel fel fel');
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    expect(await h.keys()).toBeUndefined();
    expect(world.session.data.size).toBe(0);
  });

  it('keeps the unlocked key in memory and storage.session only, and arms the auto-lock', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    expect(await h.unlock(PASSPHRASE)).toEqual({ ok: true });
    expect((await h.keys())?.dataKeyForWrapping()).toEqual(vault.keys.dataKeyForWrapping());
    expect(await h.status()).toEqual({
      state: 'unlocked',
      idleMinutes: 15,
      lockAt: world.now + 15 * MINUTE,
    });
    expect(world.alarms.get(AUTO_LOCK_ALARM)).toBe(world.now + 15 * MINUTE);
    const secret = vault.keys.toSessionSecret();
    expect(JSON.stringify([...world.session.data.values()])).toContain(secret);
    expect(JSON.stringify([...world.local.data.values()])).not.toContain(secret.split('.')[1]);
  });

  it('locks after 15 idle minutes even if the alarm never fired, and forgets the key', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    await h.unlock(PASSPHRASE);
    world.now += 15 * MINUTE - 1;
    expect(await h.keys()).toBeDefined();
    world.now += 1;
    expect(await h.keys()).toBeUndefined();
    expect(world.session.data.size).toBe(0);
    expect(world.alarms.has(AUTO_LOCK_ALARM)).toBe(false);
    expect(world.locks).toBe(1);
  });

  it('pushes the lock back on activity, recorded at most every 30 seconds', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    await h.unlock(PASSPHRASE);
    const unlockedAt = world.now;
    world.now += 10_000;
    await h.activity();
    expect(world.alarms.get(AUTO_LOCK_ALARM)).toBe(unlockedAt + 15 * MINUTE);
    world.now = unlockedAt + 10 * MINUTE;
    await h.activity();
    expect(world.alarms.get(AUTO_LOCK_ALARM)).toBe(unlockedAt + 25 * MINUTE);
    world.now = unlockedAt + 24 * MINUTE;
    expect(await h.keys()).toBeDefined();
  });

  it('on its alarm locks when due and re-arms when activity moved the time', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    await h.unlock(PASSPHRASE);
    world.now += 14 * MINUTE;
    await h.onAlarm(AUTO_LOCK_ALARM);
    expect(await h.keys()).toBeDefined();
    world.now += MINUTE;
    await h.onAlarm(AUTO_LOCK_ALARM);
    expect(world.locks).toBe(1);
    expect(await h.status()).toMatchObject({ state: 'locked' });
  });

  it('survives a restart of the service worker through storage.session', async () => {
    const { world, holder } = browserFake(vault.header);
    await holder().unlock(PASSPHRASE);
    world.now += 5 * MINUTE;
    const restarted = holder();
    expect((await restarted.keys())?.vaultId).toBe(vault.header.vaultId);
  });

  it('does not take back a session key of another vault after a restart', async () => {
    const { world, holder } = browserFake(vault.header);
    await holder().unlock(PASSPHRASE);
    world.session.data.set('vault.sessionSecret', other.keys.toSessionSecret());
    expect(await holder().keys()).toBeUndefined();
    expect(world.session.data.size).toBe(0);
  });

  it('is locked after the browser closed (storage.session emptied)', async () => {
    const { world, holder } = browserFake(vault.header);
    await holder().unlock(PASSPHRASE);
    world.session.data.clear();
    expect(await holder().keys()).toBeUndefined();
  });

  it('uses a chosen idle time from then on', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    await h.unlock(PASSPHRASE);
    await h.setIdleMinutes(5);
    expect(world.alarms.get(AUTO_LOCK_ALARM)).toBe(world.now + 5 * MINUTE);
    world.now += 5 * MINUTE;
    expect(await h.keys()).toBeUndefined();
  });

  it('changes the passphrase by saving a re-wrapped header', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    expect(await h.changePassphrase(PASSPHRASE, 'ett nytt långt lösenord')).toEqual({ ok: true });
    expect(world.header?.passphrase).not.toEqual(vault.header.passphrase);
    expect(await h.unlock(PASSPHRASE)).toMatchObject({ ok: false });
    expect(await h.unlock('ett nytt långt lösenord')).toEqual({ ok: true });
  });

  it('lets a new passphrase be set without the old one only after a recovery-code unlock', async () => {
    const { holder } = browserFake(vault.header);
    const h = holder();
    await h.unlock(PASSPHRASE);
    expect(await h.resetPassphrase('ett nytt långt lösenord')).toMatchObject({ ok: false });
    await h.lock();
    expect(await h.unlockWithRecoveryCode(vault.recoveryCode)).toEqual({ ok: true });
    expect(await h.resetPassphrase('ett nytt långt lösenord')).toEqual({ ok: true });
    await h.lock();
    expect(await h.unlock('ett nytt långt lösenord')).toEqual({ ok: true });
  });
});

describe('the vault messages', () => {
  it('answer with the status, and a wrong passphrase with a bilingual error', async () => {
    const { holder } = browserFake(vault.header);
    const h = holder();
    const wrong = await answerVaultRequest(h, {
      type: 'vault:unlock',
      passphrase: 'nej nej nej nej',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { sv: expect.stringMatching(/^Fel lösenfras/), en: expect.stringMatching(/^Wrong/) },
      status: { state: 'locked' },
    });
    expect(
      await answerVaultRequest(h, { type: 'vault:unlock', passphrase: PASSPHRASE }),
    ).toMatchObject({
      ok: true,
      status: { state: 'unlocked' },
    });
    expect(await answerVaultRequest(h, { type: 'vault:lock' })).toMatchObject({
      status: { state: 'locked' },
    });
  });

  it('refuse what does not pass the schema: unknown types, an idle time of 0, huge passphrases', () => {
    expect(VaultRequestSchema.safeParse({ type: 'vault:export-key' }).success).toBe(false);
    expect(
      VaultRequestSchema.safeParse({ type: 'vault:set-idle-minutes', idleMinutes: 0 }).success,
    ).toBe(false);
    expect(
      VaultRequestSchema.safeParse({ type: 'vault:unlock', passphrase: 'x'.repeat(2000) }).success,
    ).toBe(false);
  });

  it('never put the key in an answer', async () => {
    const { holder } = browserFake(vault.header);
    const spy = vi.fn();
    const h = holder();
    spy(await answerVaultRequest(h, { type: 'vault:unlock', passphrase: PASSPHRASE }));
    spy(await answerVaultRequest(h, { type: 'vault:status' }));
    expect(JSON.stringify(spy.mock.calls)).not.toContain(
      vault.keys.toSessionSecret().split('.')[1],
    );
  });

  it('hand the keys only to vault:keys, only while unlocked and not past the idle time', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    const locked = await answerVaultRequest(h, { type: 'vault:keys' });
    expect(locked).toMatchObject({ ok: true, status: { state: 'locked' } });
    expect('secret' in locked && locked.secret).toBeFalsy();
    await answerVaultRequest(h, { type: 'vault:unlock', passphrase: PASSPHRASE });
    const unlocked = await answerVaultRequest(h, { type: 'vault:keys' });
    expect(unlocked.ok && unlocked.secret).toBe(vault.keys.toSessionSecret());
    world.now += 16 * MINUTE;
    const expired = await answerVaultRequest(h, { type: 'vault:keys' });
    expect(expired).toMatchObject({ status: { state: 'locked' } });
    expect(expired.ok && expired.secret).toBeFalsy();
  });

  it('adopt the setup’s keys only when they are the stored vault’s', async () => {
    const { world, holder } = browserFake(vault.header);
    const h = holder();
    const wrong = await answerVaultRequest(h, {
      type: 'vault:adopt',
      secret: other.keys.toSessionSecret(),
    });
    expect(wrong).toMatchObject({ ok: false, status: { state: 'locked' } });
    expect(world.session.data.size).toBe(0);
    const right = await answerVaultRequest(h, {
      type: 'vault:adopt',
      secret: vault.keys.toSessionSecret(),
    });
    expect(right).toMatchObject({ ok: true, status: { state: 'unlocked' } });
    expect(world.alarms.has(AUTO_LOCK_ALARM)).toBe(true);
  });
});
