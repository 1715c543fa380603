import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fromBase64, toBase64 } from '../../../core/vault/bytes.ts';
import {
  changePassphrase,
  createVault,
  keysMatchHeader,
  parseVaultHeader,
  replaceRecoveryCode,
  rewrapWithPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type VaultHeader,
} from '../../../core/vault/header.ts';
import { VaultKeys } from '../../../core/vault/keys.ts';
import { openRecord, sealRecord } from '../../../core/vault/sealed-records.ts';
import {
  employer,
  ITERATIONS,
  type newVault as NewVaultFn,
  newVault,
  PASSPHRASE,
} from './fixtures.ts';

// Each unlock runs the real KDF (600 000 to 1 000 000 PBKDF2 iterations): slow on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

type Vault = Awaited<ReturnType<typeof NewVaultFn>>;

/** The same base64 with one bit of its first byte flipped. */
function flipped(b64: string, at = 0): string {
  const bytes = fromBase64(b64);
  bytes[at] = (bytes[at] as number) ^ 1;
  return toBase64(bytes);
}

let vault: Vault;
beforeAll(async () => {
  vault = await newVault();
});

describe('setting up a vault', () => {
  it('refuses a passphrase shorter than 12 characters, in Swedish and English', async () => {
    const result = await createVault('kort fras', { iterations: ITERATIONS });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('passphrase_too_short');
    expect(result.error.sv).toMatch(/minst 12 tecken/);
    expect(result.error.en).toMatch(/at least 12 characters/);
  });

  it('stores neither the passphrase nor the data key in the header', () => {
    const text = JSON.stringify(vault.header);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(toBase64(vault.keys.dataKeyForWrapping()));
    expect(text).not.toContain(vault.recoveryCode.replace(/-/g, ''));
  });

  it('writes a header that passes its own schema, with the KDF cost it was asked for', () => {
    const parsed = parseVaultHeader(JSON.parse(JSON.stringify(vault.header)));
    expect(parsed.ok).toBe(true);
    expect(vault.header.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: ITERATIONS });
  });

  it('gives every vault its own salt, id and data key', async () => {
    const other = await newVault();
    expect(other.header.kdf.salt).not.toBe(vault.header.kdf.salt);
    expect(other.header.vaultId).not.toBe(vault.header.vaultId);
    expect(toBase64(other.keys.dataKeyForWrapping())).not.toBe(
      toBase64(vault.keys.dataKeyForWrapping()),
    );
  });
});

describe('unlocking', () => {
  it('with the passphrase gives back the same data key', async () => {
    const unlocked = await unlockWithPassphrase(vault.header, PASSPHRASE);
    expect(unlocked.ok).toBe(true);
    if (!unlocked.ok) return;
    expect(unlocked.keys.dataKeyForWrapping()).toEqual(vault.keys.dataKeyForWrapping());
  });

  it('accepts the passphrase typed with decomposed å and ä (another keyboard, same text)', async () => {
    const unlocked = await unlockWithPassphrase(vault.header, PASSPHRASE.normalize('NFD'));
    expect(unlocked.ok).toBe(true);
  });

  it('rejects a wrong passphrase with a message in Swedish first, then English, and no throw', async () => {
    const unlocked = await unlockWithPassphrase(vault.header, `${PASSPHRASE}!`);
    expect(unlocked).toEqual({
      ok: false,
      error: {
        code: 'wrong_passphrase',
        sv: expect.stringMatching(/^Fel lösenfras/),
        en: expect.stringMatching(/^Wrong passphrase/),
      },
    });
  });

  it('rejects the right passphrase when a byte of the wrapped key was changed', async () => {
    const header: VaultHeader = {
      ...vault.header,
      passphrase: { ...vault.header.passphrase, data: flipped(vault.header.passphrase.data) },
    };
    expect((await unlockWithPassphrase(header, PASSPHRASE)).ok).toBe(false);
  });

  it('rejects the right passphrase when the IV of the wrapped key was changed', async () => {
    const header: VaultHeader = {
      ...vault.header,
      passphrase: { ...vault.header.passphrase, iv: flipped(vault.header.passphrase.iv) },
    };
    expect((await unlockWithPassphrase(header, PASSPHRASE)).ok).toBe(false);
  });

  it('rejects the right passphrase when the salt was changed', async () => {
    const header: VaultHeader = {
      ...vault.header,
      kdf: { ...vault.header.kdf, salt: flipped(vault.header.kdf.salt) },
    };
    expect((await unlockWithPassphrase(header, PASSPHRASE)).ok).toBe(false);
  });

  it('refuses a header whose verifier belongs to another vault', async () => {
    const other = await newVault();
    const header = { ...vault.header, verifier: other.header.verifier };
    expect((await unlockWithPassphrase(header, PASSPHRASE)).ok).toBe(false);
  });

  it('refuses to derive at fewer iterations than OWASP’s 600 000 (a planted downgrade)', async () => {
    const weak = { ...vault.header, kdf: { ...vault.header.kdf, iterations: 10_000 } };
    expect(parseVaultHeader(weak)).toMatchObject({ ok: false, error: { code: 'kdf_too_weak' } });
    const unlocked = await unlockWithPassphrase(weak, PASSPHRASE);
    expect(unlocked).toMatchObject({ ok: false, error: { code: 'kdf_too_weak' } });
  });

  it('says a header from a newer version needs an update, and a broken one is damaged', () => {
    expect(parseVaultHeader({ ...vault.header, version: 2 })).toMatchObject({
      error: { code: 'header_too_new' },
    });
    expect(parseVaultHeader({ ...vault.header, kdf: undefined })).toMatchObject({
      error: { code: 'header_invalid' },
    });
    expect(parseVaultHeader('nonsense')).toMatchObject({ error: { code: 'header_invalid' } });
  });
});

describe('the recovery code', () => {
  it('unlocks the vault, also typed in lower case without dashes', async () => {
    const typed = vault.recoveryCode.replace(/-/g, '').toLowerCase();
    const unlocked = await unlockWithRecoveryCode(vault.header, typed);
    expect(unlocked.ok).toBe(true);
    if (!unlocked.ok) return;
    expect(unlocked.keys.dataKeyForWrapping()).toEqual(vault.keys.dataKeyForWrapping());
  });

  it('of another vault does not unlock this one', async () => {
    const other = await newVault();
    const unlocked = await unlockWithRecoveryCode(vault.header, other.recoveryCode);
    expect(unlocked).toMatchObject({ ok: false, error: { code: 'wrong_recovery_code' } });
  });

  it('that is too short is called malformed rather than wrong', async () => {
    const unlocked = await unlockWithRecoveryCode(vault.header, 'ABCD-EFGH');
    expect(unlocked).toMatchObject({ ok: false, error: { code: 'recovery_code_malformed' } });
  });

  it('can be replaced; the old one then stops working and the passphrase still does', async () => {
    const replaced = await replaceRecoveryCode(vault.header, vault.keys);
    if (!replaced.ok) throw new Error(replaced.error.en);
    expect(replaced.recoveryCode).not.toBe(vault.recoveryCode);
    expect((await unlockWithRecoveryCode(replaced.header, vault.recoveryCode)).ok).toBe(false);
    expect((await unlockWithRecoveryCode(replaced.header, replaced.recoveryCode)).ok).toBe(true);
    expect((await unlockWithPassphrase(replaced.header, PASSPHRASE)).ok).toBe(true);
  });
});

describe('changing the passphrase', () => {
  const NEW = 'en helt annan lång lösenfras';

  it('re-wraps the key: the new passphrase unlocks, the old does not, records still open', async () => {
    const sealed = await sealRecord(vault.keys, 'employers', employer);
    const changed = await changePassphrase(vault.header, PASSPHRASE, NEW);
    if (!changed.ok) throw new Error(changed.error.en);
    expect(changed.header.kdf.salt).not.toBe(vault.header.kdf.salt);
    expect(changed.header.recovery).toEqual(vault.header.recovery);
    expect(changed.header.verifier).toEqual(vault.header.verifier);
    expect((await unlockWithPassphrase(changed.header, PASSPHRASE)).ok).toBe(false);
    const unlocked = await unlockWithPassphrase(changed.header, NEW);
    if (!unlocked.ok) throw new Error(unlocked.error.en);
    expect(await openRecord(unlocked.keys, 'employers', sealed)).toEqual(employer);
  });

  it('needs the current passphrase', async () => {
    const changed = await changePassphrase(vault.header, 'inte den rätta frasen', NEW);
    expect(changed).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  });

  it('refuses a new passphrase equal to the old or too short', async () => {
    expect(await changePassphrase(vault.header, PASSPHRASE, PASSPHRASE)).toMatchObject({
      error: { code: 'passphrase_same' },
    });
    expect(await changePassphrase(vault.header, PASSPHRASE, 'kort')).toMatchObject({
      error: { code: 'passphrase_too_short' },
    });
  });

  it('after a recovery sets a new passphrase while keeping the same records key', async () => {
    const recovered = await unlockWithRecoveryCode(vault.header, vault.recoveryCode);
    if (!recovered.ok) throw new Error(recovered.error.en);
    const reset = await rewrapWithPassphrase(vault.header, recovered.keys, NEW);
    if (!reset.ok) throw new Error(reset.error.en);
    const unlocked = await unlockWithPassphrase(reset.header, NEW);
    expect(unlocked.ok && unlocked.keys.dataKeyForWrapping()).toEqual(
      vault.keys.dataKeyForWrapping(),
    );
  });

  it('refuses to re-wrap keys of another vault into this header', async () => {
    const other = await newVault();
    const reset = await rewrapWithPassphrase(vault.header, other.keys, NEW);
    expect(reset).toMatchObject({ ok: false, error: { code: 'header_invalid' } });
  });
});

describe('the session secret (for storage.session)', () => {
  it('restores keys that match the header, and that open what the originals sealed', async () => {
    const sealed = await sealRecord(vault.keys, 'employers', employer);
    const restored = await VaultKeys.fromSessionSecret(vault.keys.toSessionSecret());
    expect(await keysMatchHeader(vault.header, restored)).toBe(true);
    expect(await openRecord(restored, 'employers', sealed)).toEqual(employer);
  });

  it('of another vault does not match this header', async () => {
    const other = await newVault();
    const restored = await VaultKeys.fromSessionSecret(other.keys.toSessionSecret());
    expect(await keysMatchHeader(vault.header, restored)).toBe(false);
  });

  it('is wiped on lock', async () => {
    const keys = await VaultKeys.fromSessionSecret(vault.keys.toSessionSecret());
    keys.wipe();
    expect(keys.dataKeyForWrapping().every((b) => b === 0)).toBe(true);
  });
});
