/** The vault's words in the dashboard and the popup, Swedish first. */
import type { Bilingual } from '../../core/i18n/format.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import { TEXT } from './text.ts';

export const VAULT_TEXT = {
  setupHeading: {
    sv: 'Skydda registret med en lösenfras',
    en: 'Protect the records with a passphrase',
  },
  setupWhy: {
    sv: 'Registret innehåller personnummer och uppgifter om rehabilitering. Med en lösenfras krypteras de på den här datorn: den som kommer åt webbläsarprofilen, eller en kopia av den, kan inte läsa dem.',
    en: 'The records hold personnummer and details of rehabilitation. With a passphrase they are encrypted on this computer: whoever gets at the browser profile, or a copy of it, cannot read them.',
  },
  passphrase: { sv: 'Lösenfras', en: 'Passphrase' },
  repeat: { sv: 'Samma lösenfras igen', en: 'The same passphrase again' },
  mismatch: { sv: 'Lösenfraserna är inte lika.', en: 'The passphrases differ.' },
  choose: { sv: 'Välj lösenfrasen', en: 'Choose this passphrase' },
  creating: { sv: 'Skapar nycklar …', en: 'Creating keys …' },
  plainChoice: {
    sv: 'Fortsätt utan lösenfras (okrypterat)',
    en: 'Continue without a passphrase (not encrypted)',
  },
  plainWarning: {
    sv: 'Okrypterat: personnummer och insatser sparas läsbara på den här datorn. Den som kommer åt webbläsarprofilen kan läsa dem. Du kan kryptera senare.',
    en: 'Not encrypted: personnummer and insatser are stored readable on this computer. Whoever gets at the browser profile can read them. You can encrypt later.',
  },
  plainConfirm: { sv: 'Ja, spara okrypterat', en: 'Yes, keep them unencrypted' },
  cancel: TEXT.cancel,
  codeHeading: { sv: 'Din återställningskod', en: 'Your recovery code' },
  codeConfirm: {
    sv: 'Jag har sparat återställningskoden. Jag förstår att registret inte går att öppna utan lösenfrasen eller koden.',
    en: 'I have saved the recovery code. I understand that the records cannot be opened without the passphrase or the code.',
  },
  encrypt: { sv: 'Kryptera registret', en: 'Encrypt the records' },
  encrypting: { sv: 'Krypterar registret', en: 'Encrypting the records' },
  ofTotal: TEXT.of,
  retry: { sv: 'Försök igen', en: 'Try again' },
  unlockHeading: VAULT_MESSAGES.locked,
  unlockWhy: {
    sv: 'Registret är krypterat och låst.',
    en: 'The records are encrypted and locked.',
  },
  unlock: { sv: 'Lås upp', en: 'Unlock' },
  unlocking: { sv: 'Låser upp …', en: 'Unlocking …' },
  useCode: { sv: 'Använd återställningskoden', en: 'Use the recovery code' },
  usePassphrase: { sv: 'Använd lösenfrasen', en: 'Use the passphrase' },
  recoveryCode: { sv: 'Återställningskod', en: 'Recovery code' },
  newPassphraseHeading: {
    sv: 'Välj en ny lösenfras',
    en: 'Choose a new passphrase',
  },
  newPassphraseWhy: {
    sv: 'Du låste upp med återställningskoden. Välj en ny lösenfras att låsa upp med framöver.',
    en: 'You unlocked with the recovery code. Choose a new passphrase to unlock with from now on.',
  },
  encrypted: { sv: 'Krypterat', en: 'Encrypted' },
  unencrypted: { sv: 'Okrypterat', en: 'Not encrypted' },
  encryptNow: { sv: 'Kryptera med en lösenfras', en: 'Encrypt with a passphrase' },
  lock: { sv: 'Lås nu', en: 'Lock now' },
  locksAfter: { sv: 'Låses efter', en: 'Locks after' },
  minutesIdle: { sv: 'minuter utan aktivitet', en: 'idle minutes' },
  changeHeading: { sv: 'Byt lösenfras', en: 'Change the passphrase' },
  current: { sv: 'Nuvarande lösenfras', en: 'Current passphrase' },
  next: { sv: 'Ny lösenfras', en: 'New passphrase' },
  change: { sv: 'Byt', en: 'Change' },
  changed: {
    sv: 'Lösenfrasen är bytt. Registret krypterades inte om; säkerhetskopior gjorda före bytet öppnas med den gamla.',
    en: 'The passphrase is changed. The records were not re-encrypted; backups made before the change open with the old one.',
  },
  exportPlain: { sv: 'Spara okrypterad säkerhetskopia', en: 'Save an unencrypted backup' },
  exportPlainWarning: {
    sv: 'En okrypterad säkerhetskopia innehåller personnummer och insatser i klartext: den som får tag i filen kan läsa dem. Spara den ändå?',
    en: 'An unencrypted backup holds personnummer and insatser in plain text: whoever gets the file can read them. Save it anyway?',
  },
  backupEncrypted: {
    sv: 'Säkerhetskopian krypteras. Den öppnas med lösenfrasen som gäller när den sparas, eller med återställningskoden.',
    en: 'The backup is encrypted. It opens with the passphrase valid when it is saved, or with the recovery code.',
  },
  backupPlain: {
    sv: 'Okrypterat: säkerhetskopian sparas läsbar, med personnummer och insatser. Välj ”Kryptera med en lösenfras” överst för krypterade säkerhetskopior.',
    en: 'Not encrypted: the backup is saved readable, with personnummer and insatser. Choose “Encrypt with a passphrase” at the top for encrypted backups.',
  },
  openBackupHeading: {
    sv: 'Öppna den krypterade säkerhetskopian',
    en: 'Open the encrypted backup',
  },
  openBackupWhy: {
    sv: 'Ange lösenfrasen som gällde när säkerhetskopian sparades, eller återställningskoden.',
    en: 'Enter the passphrase that was valid when the backup was saved, or the recovery code.',
  },
  openBackup: { sv: 'Öppna', en: 'Open' },
  chooseEncryptedBackup: { sv: 'Välj krypterad säkerhetskopia', en: 'Choose an encrypted backup' },
  restoreEncrypted: { sv: 'Återställ', en: 'Restore' },
  plainBackupLater: {
    sv: 'Filen är inte krypterad. Välj först lösenfras eller okrypterat här ovan, och återställ den sedan under ”Import och säkerhetskopia”.',
    en: 'The file is not encrypted. First choose a passphrase or unencrypted above, then restore it under “Import and backup”.',
  },
  restoreInstead: {
    sv: 'Har du en säkerhetskopia från en annan dator? Återställ den i stället:',
    en: 'Have a backup from another computer? Restore it instead:',
  },
} satisfies Record<string, Bilingual>;
