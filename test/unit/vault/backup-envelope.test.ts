import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type EncryptedBackup,
  isEncryptedBackup,
  openBackup,
  parseEncryptedBackup,
  sealBackup,
  sealBackupWithPassphrase,
} from '../../../core/vault/backup-envelope.ts';
import { fromBase64, toBase64 } from '../../../core/vault/bytes.ts';
import { changePassphrase } from '../../../core/vault/header.ts';
import { employee, ITERATIONS, newVault, PASSPHRASE } from './fixtures.ts';

// Each unlock runs the real KDF (600 000 to 1 000 000 PBKDF2 iterations): slow on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

/** A plain backup's text as today's export writes it. */
const PLAIN = JSON.stringify({
  format: 'stodkollen-records-backup',
  version: 1,
  exportedAt: '2026-12-01T09:00:00.000Z',
  records: { providers: [], employers: [], employees: [employee], insatser: [], applications: [] },
});

let vault: Awaited<ReturnType<typeof newVault>>;
let text: string;
beforeAll(async () => {
  vault = await newVault();
  text = await sealBackup(vault.header, vault.keys, PLAIN, new Date('2026-12-01T10:00:00Z'));
});

const envelope = () => JSON.parse(text) as EncryptedBackup;
const flipped = (b64: string, at = 0) => {
  const bytes = fromBase64(b64);
  bytes[at] = (bytes[at] as number) ^ 1;
  return toBase64(bytes);
};
const edited = (change: (e: EncryptedBackup) => void) => {
  const e = envelope();
  change(e);
  return JSON.stringify(e);
};

describe('an encrypted backup', () => {
  it('is a versioned envelope with the KDF parameters, salt, IV and ciphertext', () => {
    const e = envelope();
    expect(e).toMatchObject({
      format: 'stodkollen-encrypted-backup',
      version: 1,
      createdAt: '2026-12-01T10:00:00.000Z',
      vault: { kdf: { name: 'PBKDF2-SHA-256', iterations: ITERATIONS } },
    });
    expect(fromBase64(e.iv)).toHaveLength(12);
    expect(e.vault.kdf.salt).toBe(vault.header.kdf.salt);
  });

  it('contains no name or personnummer in the file', () => {
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('19850712');
  });

  it('opens on another machine with the passphrase alone: only the file’s text is needed', async () => {
    const opened = await openBackup(text, { passphrase: PASSPHRASE });
    expect(opened).toMatchObject({ ok: true, plaintext: PLAIN });
    expect(opened.ok && opened.header.vaultId).toBe(vault.header.vaultId);
  });

  it('opens with the recovery code too', async () => {
    const opened = await openBackup(text, { recoveryCode: vault.recoveryCode });
    expect(opened).toMatchObject({ ok: true, plaintext: PLAIN });
  });

  it('still opens with the passphrase valid when it was made, after a passphrase change', async () => {
    const changed = await changePassphrase(vault.header, PASSPHRASE, 'den nya lösenfrasen 2027');
    if (!changed.ok) throw new Error(changed.error.en);
    const later = await sealBackup(changed.header, changed.keys, PLAIN);
    expect((await openBackup(text, { passphrase: PASSPHRASE })).ok).toBe(true);
    expect((await openBackup(later, { passphrase: PASSPHRASE })).ok).toBe(false);
    expect((await openBackup(later, { passphrase: 'den nya lösenfrasen 2027' })).ok).toBe(true);
  });

  it('rejects a wrong passphrase with a clear bilingual message and no throw', async () => {
    const opened = await openBackup(text, { passphrase: 'fel lösenfras helt och hållet' });
    expect(opened).toEqual({
      ok: false,
      error: {
        code: 'backup_wrong_secret',
        sv: expect.stringMatching(/^Fel lösenfras/),
        en: expect.stringMatching(/^Wrong passphrase/),
      },
    });
  });

  it('can be made for records kept without a vault, with a passphrase chosen for it', async () => {
    const made = await sealBackupWithPassphrase(PLAIN, PASSPHRASE, { iterations: ITERATIONS });
    if (!made.ok) throw new Error(made.error.en);
    expect(await openBackup(made.text, { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      plaintext: PLAIN,
    });
  });
});

describe('a tampered backup is rejected', () => {
  const tampered = async (file: string) => {
    const opened = await openBackup(file, { passphrase: PASSPHRASE });
    expect(opened.ok).toBe(false);
    return opened.ok ? undefined : opened.error.code;
  };

  it('with one bit of the ciphertext flipped, first or last byte (the tag)', async () => {
    expect(await tampered(edited((e) => (e.ciphertext = flipped(e.ciphertext))))).toBe(
      'backup_tampered',
    );
    const last = fromBase64(envelope().ciphertext).length - 1;
    expect(await tampered(edited((e) => (e.ciphertext = flipped(e.ciphertext, last))))).toBe(
      'backup_tampered',
    );
  });

  it('with one bit of the IV flipped', async () => {
    expect(await tampered(edited((e) => (e.iv = flipped(e.iv))))).toBe('backup_tampered');
  });

  it('with an envelope field changed: its date, or the date in the header it carries', async () => {
    expect(await tampered(edited((e) => (e.createdAt = '2025-01-01T00:00:00.000Z')))).toBe(
      'backup_tampered',
    );
    expect(await tampered(edited((e) => (e.vault.createdAt = '2025-01-01T00:00:00.000Z')))).toBe(
      'backup_tampered',
    );
  });

  it('with the KDF parameters or the wrapped key changed', async () => {
    expect(await tampered(edited((e) => (e.vault.kdf.iterations += 1)))).toBe(
      'backup_wrong_secret',
    );
    expect(
      await tampered(edited((e) => (e.vault.passphrase.data = flipped(e.vault.passphrase.data)))),
    ).toBe('backup_wrong_secret');
    expect(await tampered(edited((e) => (e.vault.kdf.iterations = 1000)))).toBe('kdf_too_weak');
  });

  it('but not because its fields are listed in another order', async () => {
    const e = envelope();
    const reordered = JSON.stringify({
      ciphertext: e.ciphertext,
      iv: e.iv,
      vault: Object.fromEntries(Object.entries(e.vault).reverse()),
      createdAt: e.createdAt,
      version: e.version,
      format: e.format,
    });
    expect((await openBackup(reordered, { passphrase: PASSPHRASE })).ok).toBe(true);
  });
});

describe('reading a file as an encrypted backup', () => {
  it('tells an encrypted backup from a plain one, so a restore accepts both', () => {
    expect(isEncryptedBackup(text)).toBe(true);
    expect(isEncryptedBackup(PLAIN)).toBe(false);
    expect(isEncryptedBackup('not json')).toBe(false);
  });

  it('names what is wrong: not ours, too new, incomplete', () => {
    expect(parseEncryptedBackup(PLAIN)).toMatchObject({
      error: { code: 'backup_not_encrypted_backup' },
    });
    expect(parseEncryptedBackup('{')).toMatchObject({
      error: { code: 'backup_not_encrypted_backup' },
    });
    expect(
      parseEncryptedBackup(edited((e) => ((e as { version: number }).version = 2))),
    ).toMatchObject({
      error: { code: 'backup_too_new', sv: expect.stringMatching(/nyare version/) },
    });
    expect(
      parseEncryptedBackup(edited((e) => delete (e as Partial<EncryptedBackup>).iv)),
    ).toMatchObject({ error: { code: 'backup_invalid' } });
  });

  it('accepts a byte-order mark before the JSON', async () => {
    expect((await openBackup(`\uFEFF${text}`, { passphrase: PASSPHRASE })).ok).toBe(true);
  });
});
