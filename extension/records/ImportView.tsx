/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { toIsoDate } from '../../core/i18n/dates.ts';
import { formatDateLong } from '../../core/i18n/format.ts';
import {
  type Backup,
  backupFileName,
  createBackup,
  parseBackup,
} from '../../core/import/backup.ts';
import type { CsvImportPlan } from '../../core/import/csv.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import {
  exportRecords,
  replaceAllRecords,
  setMeta,
  wipeRecords,
  writeRecords,
} from '../../core/store/records.ts';
import { BackupStatus } from './BackupStatus.tsx';
import { planImportFile } from './import-file.ts';
import { db, lang, refresh, tr } from './state.ts';
import { YEAR_TEXT } from './text-year.ts';

/** CSV import with preview, backup export, restore with preview, and wiping the records. */
export function ImportView() {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{tr('navImport')}</h2>
      <CsvImport />
      <BackupSection />
    </section>
  );
}

function CsvImport() {
  const plan = useSignal<CsvImportPlan | null>(null);
  const done = useSignal(false);
  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    done.value = false;
    if (!file) return;
    const existing = await exportRecords(await db());
    plan.value = await planImportFile(file, {
      employers: new Map(existing.employers.map((r) => [r.id, r])),
      employees: new Map(existing.employees.map((r) => [r.id, r])),
      insatser: new Map(existing.insatser.map((r) => [r.id, r])),
    });
    input.value = '';
  }
  async function confirmImport() {
    const p = plan.value;
    if (!p) return;
    const d = await db();
    await writeRecords(d, p.records);
    await setMeta(d, 'lastImportAt', new Date().toISOString());
    plan.value = null;
    done.value = true;
    await refresh();
  }
  const p = plan.value;
  const l = lang.value;
  const accepted = p ? p.records.insatser.length : 0;
  return (
    <section aria-labelledby="csv-heading">
      <h3 id="csv-heading">{tr('importCsv')}</h3>
      <label class="field">
        {tr('chooseCsv')}
        <input
          type="file"
          accept=".csv,text/csv,.xlsx"
          onChange={choose}
          data-testid="csv-file"
          aria-describedby="csv-xlsx-hint"
        />
      </label>
      <p id="csv-xlsx-hint" class="muted">
        {tr(YEAR_TEXT.csvOrXlsx)}
      </p>
      {done.value && (
        <p role="status" class="ok">
          {tr('imported')}
        </p>
      )}
      {p && (
        <div class="preview" aria-live="polite" data-testid="csv-preview">
          <h4>{tr('preview')}</h4>
          <Errors errors={p.fileErrors} />
          {p.fileErrors.length === 0 && (
            <>
              <p>
                {p.rows} {tr('rowsRead')}
              </p>
              <table class="counts">
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="visually-hidden">{tr('recordKind')}</span>
                    </th>
                    <th scope="col">{tr('added')}</th>
                    <th scope="col">{tr('updated')}</th>
                    <th scope="col">{tr('unchanged')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(['employers', 'employees', 'insatser'] as const).map((k) => (
                    <tr key={k} data-kind={k}>
                      <th scope="row">{tr(k === 'employers' ? 'employer' : k)}</th>
                      <td data-count="added">{p.added[k]}</td>
                      <td data-count="updated">{p.updated[k]}</td>
                      <td data-count="unchanged">{p.unchanged[k]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {p.rejected.length > 0 && (
                <div class="rejected" data-testid="rejected">
                  <p>{tr('rejectedHeading')}</p>
                  <ul>
                    {p.rejected.flatMap((r) =>
                      r.errors.map((e, n) => <li key={`${r.line}-${n}`}>{e[l]}</li>),
                    )}
                  </ul>
                </div>
              )}
              {accepted > 0 ? (
                <button type="button" onClick={confirmImport}>
                  {tr('confirmImport')} ({accepted} {tr('insatser').toLowerCase()})
                </button>
              ) : (
                <p>{tr('nothingToImport')}</p>
              )}{' '}
              <button
                type="button"
                onClick={() => {
                  plan.value = null;
                }}
              >
                {tr('cancel')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function Errors({ errors }: { errors: FieldError[] | { sv: string; en: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <ul class="errors" role="alert">
      {errors.map((e, n) => (
        <li key={n}>{e[lang.value]}</li>
      ))}
    </ul>
  );
}

function BackupSection() {
  const restore = useSignal<Backup | null>(null);
  const errors = useSignal<FieldError[]>([]);
  const message = useSignal<string | null>(null);
  async function save() {
    const d = await db();
    const backup = createBackup(await exportRecords(d));
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = backupFileName(backup.exportedAt);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    await setMeta(d, 'lastBackupAt', backup.exportedAt);
    await refresh();
  }
  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    message.value = null;
    if (!file) return;
    const parsed = parseBackup(await file.text());
    input.value = '';
    if (parsed.ok) {
      restore.value = parsed.backup;
      errors.value = [];
    } else {
      restore.value = null;
      errors.value = parsed.errors;
    }
  }
  async function confirmRestore() {
    const b = restore.value;
    if (!b) return;
    await replaceAllRecords(await db(), b.records);
    restore.value = null;
    message.value = tr('restored');
    await refresh();
  }
  async function wipe() {
    if (!confirm(tr('wipeConfirm'))) return;
    await wipeRecords(await db());
    message.value = tr('wiped');
    await refresh();
  }
  const b = restore.value;
  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">{tr('backupHeading')}</h3>
      <BackupStatus />
      <p>
        <button type="button" onClick={save}>
          {tr('exportBackup')}
        </button>
      </p>
      <h4>{tr('restoreBackup')}</h4>
      <p class="warning">{tr('restoreWarning')}</p>
      <label class="field">
        {tr('chooseBackup')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={choose}
          data-testid="backup-file"
        />
      </label>
      <Errors errors={errors.value} />
      {b && (
        <div class="preview" data-testid="restore-preview">
          <p>
            {tr('backupContains')} ({tr('exportedOn')}{' '}
            {formatDateLong(toIsoDate(new Date(b.exportedAt)), lang.value)}):{' '}
            {b.records.employers.length} {tr('employer').toLowerCase()},{' '}
            {b.records.employees.length} {tr('employees').toLowerCase()},{' '}
            {b.records.insatser.length} {tr('insatser').toLowerCase()}.
          </p>
          <button type="button" class="danger" onClick={confirmRestore}>
            {tr('restoreConfirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              restore.value = null;
            }}
          >
            {tr('cancel')}
          </button>
        </div>
      )}
      {message.value && (
        <p role="status" class="ok">
          {message.value}
        </p>
      )}
      <p>
        <button type="button" class="danger" onClick={wipe}>
          {tr('wipe')}
        </button>
      </p>
    </section>
  );
}
