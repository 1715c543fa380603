/**
 * When to remind of an old backup. The records live only in this browser and uninstalling the
 * extension deletes them; a month of work is what we are willing to let staff risk.
 */
export const BACKUP_REMINDER_DAYS = 30;

export function backupIsOld(lastBackupAt: string | undefined, now: Date = new Date()): boolean {
  if (!lastBackupAt) return true;
  const age = now.getTime() - new Date(lastBackupAt).getTime();
  return !(age >= 0) || age > BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
