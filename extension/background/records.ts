/** Background handlers for the records: deadline reminders (alarms). Filled by the records feature. */
export function registerRecordsHandlers(): void {}
