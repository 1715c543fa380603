import { toIsoDate } from '../../core/i18n/dates.ts';
import { formatDateLong } from '../../core/i18n/format.ts';
import { backupIsOld } from './backup-reminder.ts';
import { counts, lang, lastBackupAt, tr } from './state.ts';

/** The date of the last backup, and a reminder when it is old and there is something to lose. */
export function BackupStatus() {
  const last = lastBackupAt.value;
  const hasRecords = (counts.value?.insatser ?? 0) + (counts.value?.employees ?? 0) > 0;
  return (
    <div class="backup-status" data-testid="backup-status">
      <p>
        {tr('lastBackup')}:{' '}
        {last ? formatDateLong(toIsoDate(new Date(last)), lang.value) : tr('neverBackedUp')}
      </p>
      {hasRecords && backupIsOld(last) && (
        <p class="warning" role="status">
          {tr('backupOld')}
        </p>
      )}
    </div>
  );
}
