import type { Bilingual } from '../i18n/format.ts';
import { VAULT_MESSAGES, type VaultMessageKey } from '../i18n/messages-vault.ts';

/** An expected failure (a wrong passphrase, a tampered file): a value to show, not a crash. */
export interface VaultFailure extends Bilingual {
  code: VaultMessageKey;
}

export type VaultResult<T> = ({ ok: true } & T) | { ok: false; error: VaultFailure };

export const failure = (code: VaultMessageKey): { ok: false; error: VaultFailure } => ({
  ok: false,
  error: { code, ...VAULT_MESSAGES[code] },
});

/**
 * Thrown where a caller cannot go on (a sealed record that fails its tag while the vault is
 * unlocked): the store shows the bilingual text and keeps the other records usable.
 */
export class VaultError extends Error implements VaultFailure {
  readonly sv: string;
  readonly en: string;
  constructor(readonly code: VaultMessageKey) {
    super(VAULT_MESSAGES[code].en);
    this.name = 'VaultError';
    this.sv = VAULT_MESSAGES[code].sv;
    this.en = VAULT_MESSAGES[code].en;
  }
}
