/**
 * The encrypted backup: a versioned JSON envelope around today's plain backup text.
 *
 *   { format, version, createdAt, vault: <the vault header: KDF parameters, salt, wrapped data
 *     key, recovery wrap, verifier>, iv, ciphertext }
 *
 * The content is sealed with the backup key (derived from the data key), and the envelope carries
 * the header, so a backup opens on another machine with the passphrase that was valid when it was
 * made, or with the recovery code. Every envelope field is in the additional data: a changed date,
 * version or header fails the tag like a changed ciphertext byte does.
 */
import * as z from 'zod/mini';
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes.ts';
import { failure, type VaultResult } from './errors.ts';
import {
  createVault,
  parseVaultHeader,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  type VaultHeader,
  VaultHeaderSchema,
} from './header.ts';
import type { VaultKeys } from './keys.ts';
import { additionalData, decryptBytes, encryptBytes } from './seal.ts';

export const ENCRYPTED_BACKUP_FORMAT = 'stodkollen-encrypted-backup';
export const ENCRYPTED_BACKUP_VERSION = 1;

export const EncryptedBackupSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  /** ISO date-time of the export. */
  createdAt: z.string(),
  vault: VaultHeaderSchema,
  iv: z.string(),
  ciphertext: z.string(),
});
export type EncryptedBackup = z.output<typeof EncryptedBackupSchema>;

/** JSON with keys sorted at every level: the same bytes whatever order a file lists them in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const envelopeAad = (e: Pick<EncryptedBackup, 'format' | 'version' | 'createdAt' | 'vault'>) =>
  additionalData('backup/v1', e.format, e.version, e.createdAt, canonicalJson(e.vault));

/** Seals `plaintext` (a plain backup's JSON text) for an unlocked vault; no passphrase needed. */
export async function sealBackup(
  header: VaultHeader,
  keys: VaultKeys,
  plaintext: string,
  now: Date = new Date(),
): Promise<string> {
  const head = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    createdAt: now.toISOString(),
    vault: header,
  } as const;
  const box = await encryptBytes(keys.backupKey, utf8(plaintext), envelopeAad(head));
  const envelope: EncryptedBackup = {
    ...head,
    iv: toBase64(box.iv),
    ciphertext: toBase64(box.data),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * An encrypted backup for records kept without a vault ("okrypterat"): a one-off data key under
 * the given passphrase. Its recovery code is not returned, so only the passphrase opens it.
 */
export async function sealBackupWithPassphrase(
  plaintext: string,
  passphrase: string,
  options: { iterations?: number; now?: Date } = {},
): Promise<VaultResult<{ text: string }>> {
  const vault = await createVault(passphrase, options);
  if (!vault.ok) return vault;
  const text = await sealBackup(vault.header, vault.keys, plaintext, options.now);
  vault.keys.wipe();
  return { ok: true, text };
}

/** A cheap look at the format, so a restore can accept today's plain backups as well. */
export function isEncryptedBackup(text: string): boolean {
  try {
    const head = JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown } | null;
    return !!head && typeof head === 'object' && head.format === ENCRYPTED_BACKUP_FORMAT;
  } catch {
    return false;
  }
}

export type BackupSecret = { passphrase: string } | { recoveryCode: string };

/** Parses the envelope without any secret: its shape, version and KDF cost. */
export function parseEncryptedBackup(text: string): VaultResult<{ envelope: EncryptedBackup }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failure('backup_not_encrypted_backup');
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== ENCRYPTED_BACKUP_FORMAT) {
    return failure('backup_not_encrypted_backup');
  }
  if (typeof head.version !== 'number' || head.version > ENCRYPTED_BACKUP_VERSION) {
    return failure('backup_too_new');
  }
  const parsed = EncryptedBackupSchema.safeParse(json);
  if (!parsed.success) return failure('backup_invalid');
  const header = parseVaultHeader(parsed.data.vault);
  if (!header.ok) return header.error.code === 'kdf_too_weak' ? header : failure('backup_invalid');
  return { ok: true, envelope: parsed.data };
}

/**
 * The plain backup text back, or a bilingual reason: not ours, too new, malformed, the wrong
 * secret, or altered. Returns the backup's vault header too, so a restore into a fresh profile can
 * keep the same vault (and the same recovery code).
 */
export async function openBackup(
  text: string,
  secret: BackupSecret,
): Promise<VaultResult<{ plaintext: string; header: VaultHeader; keys: VaultKeys }>> {
  const parsed = parseEncryptedBackup(text);
  if (!parsed.ok) return parsed;
  const { envelope } = parsed;
  const unlocked =
    'passphrase' in secret
      ? await unlockWithPassphrase(envelope.vault, secret.passphrase)
      : await unlockWithRecoveryCode(envelope.vault, secret.recoveryCode);
  if (!unlocked.ok) {
    return unlocked.error.code === 'recovery_code_malformed'
      ? unlocked
      : failure('backup_wrong_secret');
  }
  let box: { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> };
  try {
    box = { iv: fromBase64(envelope.iv), data: fromBase64(envelope.ciphertext) };
  } catch {
    return failure('backup_tampered');
  }
  const plain = await decryptBytes(unlocked.keys.backupKey, box, envelopeAad(envelope));
  if (!plain) return failure('backup_tampered');
  return { ok: true, plaintext: fromUtf8(plain), header: envelope.vault, keys: unlocked.keys };
}
