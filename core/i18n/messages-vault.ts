import type { Bilingual } from './format.ts';

/**
 * Texts of the encrypted vault: unlock, passphrase change, recovery code, encrypted backups.
 * They never contain the passphrase, the code or anything from a record.
 */
export const VAULT_MESSAGES = {
  wrong_passphrase: {
    sv: 'Fel lösenfras. Försök igen, eller använd återställningskoden.',
    en: 'Wrong passphrase. Try again, or use the recovery code.',
  },
  wrong_recovery_code: {
    sv: 'Återställningskoden stämmer inte. Kontrollera att du har skrivit av den rätt.',
    en: 'The recovery code does not match. Check that you copied it correctly.',
  },
  recovery_code_malformed: {
    sv: 'Återställningskoden ska vara 32 tecken (bokstäver och siffror), gärna i grupper om fyra.',
    en: 'The recovery code has 32 characters (letters and digits), usually in groups of four.',
  },
  passphrase_too_short: {
    sv: 'Lösenfrasen måste vara minst 12 tecken lång.',
    en: 'The passphrase must be at least 12 characters long.',
  },
  passphrase_same: {
    sv: 'Den nya lösenfrasen är samma som den gamla.',
    en: 'The new passphrase is the same as the old one.',
  },
  header_invalid: {
    sv: 'Valvets nyckeluppgifter är skadade. Återställ från en säkerhetskopia.',
    en: 'The vault’s key data is damaged. Restore from a backup.',
  },
  header_too_new: {
    sv: 'Valvet kommer från en nyare version av Stödkollen; uppdatera tillägget först.',
    en: 'The vault comes from a newer version of Stödkollen; update the extension first.',
  },
  kdf_too_weak: {
    sv: 'Nyckelhärledningen är svagare än vad Stödkollen godtar; filen kan ha ändrats.',
    en: 'The key derivation is weaker than Stödkollen accepts; the file may have been altered.',
  },
  record_tampered: {
    sv: 'En post kunde inte dekrypteras: den är skadad eller har ändrats utanför Stödkollen.',
    en: 'A record could not be decrypted: it is damaged or was altered outside Stödkollen.',
  },
  backup_not_encrypted_backup: {
    sv: 'Filen är inte en krypterad säkerhetskopia från Stödkollen.',
    en: 'The file is not an encrypted Stödkollen backup.',
  },
  backup_too_new: {
    sv: 'Säkerhetskopian kommer från en nyare version av Stödkollen; uppdatera tillägget först.',
    en: 'The backup comes from a newer version of Stödkollen; update the extension first.',
  },
  backup_invalid: {
    sv: 'Säkerhetskopian är ofullständig eller felaktigt formaterad.',
    en: 'The backup is incomplete or malformed.',
  },
  backup_wrong_secret: {
    sv: 'Fel lösenfras eller återställningskod för den här säkerhetskopian (den lösenfras som gällde när den skapades), eller så är filen skadad.',
    en: 'Wrong passphrase or recovery code for this backup (the passphrase that was valid when it was made), or the file is damaged.',
  },
  backup_tampered: {
    sv: 'Säkerhetskopian är skadad eller har ändrats och kan inte läsas.',
    en: 'The backup is damaged or has been altered and cannot be read.',
  },
  locked: {
    sv: 'Lås upp Stödkollen',
    en: 'Unlock Stödkollen',
  },
  prefill_locked: {
    sv: 'Lås upp Stödkollen först: registret är låst och inget fylls i.',
    en: 'Unlock Stödkollen first: the records are locked and nothing is filled in.',
  },
  no_recovery: {
    sv: 'Utan lösenfrasen eller återställningskoden går registret inte att öppna. Ingen, inte heller Stödkollen, kan återskapa dem.',
    en: 'Without the passphrase or the recovery code the records cannot be opened. Nobody, not even Stödkollen, can recover them.',
  },
  recovery_code_shown_once: {
    sv: 'Återställningskoden visas bara nu. Skriv ut den eller skriv av den och förvara den säkert, skild från datorn.',
    en: 'The recovery code is shown only now. Print it or copy it and keep it safe, away from the computer.',
  },
  unencrypted: {
    sv: 'okrypterat',
    en: 'unencrypted',
  },
  migration_other_vault: {
    sv: 'Registret krypteras redan med ett annat valv. Lås upp med den lösenfras som valdes först.',
    en: 'The records are already being encrypted under another vault. Unlock with the passphrase chosen first.',
  },
  migration_interrupted: {
    sv: 'Krypteringen av registret avbröts. Den fortsätter där den slutade när du låser upp.',
    en: 'Encrypting the records was interrupted. It continues where it stopped when you unlock.',
  },
} satisfies Record<string, Bilingual>;

export type VaultMessageKey = keyof typeof VAULT_MESSAGES;
