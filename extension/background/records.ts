/**
 * Background handlers for the records: deadline reminders. Twice a day the background reads the
 * records (IndexedDB in the extension's origin), and the toolbar badge shows how many
 * applications are due within REMINDER_DAYS; its tooltip says so in Swedish and English. An FK
 * deadline whose year-end batch was marked as sent ("Markera som skickat") is the employer's to
 * apply for and is not counted. The count is made again when a dashboard tab says the records
 * changed, while the background is awake. Nothing leaves the device and nothing about the records
 * is logged.
 */
import { browser } from 'wxt/browser';
import { deadlinesDueWithin, deadlinesOverview } from '../../core/documents/deadlines.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import { loadEmployeeCases, openRecordsDb } from '../../core/store/records.ts';
import {
  listAllSentBatches,
  openYearEndDb,
  resolveSentBatches,
} from '../../core/store/year-end.ts';
import { VaultError } from '../../core/vault/errors.ts';

export const DEADLINE_ALARM = 'records-deadlines';
/** How far ahead to remind: two weeks leaves time to get the invoice paid and apply. */
export const REMINDER_DAYS = 14;

export function reminderTitle(due: number): string {
  if (due === 0) return 'Stödkollen';
  return `Stödkollen: ${due} ansökningar har sista dag inom ${REMINDER_DAYS} dagar / ${due} applications are due within ${REMINDER_DAYS} days`;
}

/** The dashboard's tabs say "changed" here after every write (extension/records/state.ts). */
export const RECORDS_CHANNEL = 'stodkollen-records';

async function readSentBatches() {
  const db = await openYearEndDb();
  try {
    return await listAllSentBatches(db);
  } finally {
    db.close();
  }
}

export async function updateDeadlineBadge(): Promise<number> {
  const db = await openRecordsDb();
  try {
    let cases: Awaited<ReturnType<typeof loadEmployeeCases>>;
    try {
      cases = await loadEmployeeCases(db);
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      // Locked: no record is read, so the badge shows nothing rather than a stale count.
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({
        title: `Stödkollen: ${VAULT_MESSAGES.locked.sv} / ${VAULT_MESSAGES.locked.en}`,
      });
      return 0;
    }
    // A sent batch covers only the employees it held, as they were: later ones still count.
    const { marks } = await resolveSentBatches(db, await readSentBatches(), cases);
    const items = deadlinesOverview(cases, todayIso(), marks);
    const due = deadlinesDueWithin(items, REMINDER_DAYS).length;
    await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#a4000f' });
    await browser.action.setTitle({ title: reminderTitle(due) });
    return due;
  } finally {
    db.close();
  }
}

export function registerRecordsHandlers(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) void updateDeadlineBadge();
  });
  // Re-creating an existing alarm with the same name replaces it: safe on every start.
  void browser.alarms.create(DEADLINE_ALARM, { delayInMinutes: 1, periodInMinutes: 12 * 60 });
  void updateDeadlineBadge();
  if (typeof BroadcastChannel === 'function') {
    new BroadcastChannel(RECORDS_CHANNEL).onmessage = recountSoon;
  }
}

let counting: Promise<unknown> | undefined;
let countAgain = false;

/** One count at a time: changes that come while one runs get one more count after it. */
function recountSoon(): void {
  if (counting) {
    countAgain = true;
    return;
  }
  counting = updateDeadlineBadge()
    .catch(() => undefined)
    .finally(() => {
      counting = undefined;
      if (countAgain) {
        countAgain = false;
        recountSoon();
      }
    });
}
