/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { toIsoDate } from '../../core/i18n/dates.ts';
import { formatDateLong } from '../../core/i18n/format.ts';
import { RECORDS_MESSAGES } from '../../core/i18n/messages-records.ts';
import {
  type Backup,
  backupFileName,
  exportBackupText,
  parseBackup,
} from '../../core/import/backup.ts';
import type { CsvImportPlan } from '../../core/import/csv.ts';
import type { ImportEncoding } from '../../core/import/decode.ts';
import { fieldError } from '../../core/import/field-error.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import {
  exportRecords,
  exportRecordsWithRevision,
  MissingReferenceError,
  repairApplicationReferences,
  replaceAllRecords,
  StaleRecordsError,
  setMeta,
  wipeRecords,
  writeRecords,
} from '../../core/store/records.ts';
import { isEncryptedBackup, openBackup } from '../../core/vault/backup-envelope.ts';
import type { VaultHeader } from '../../core/vault/header.ts';
import type { VaultKeys } from '../../core/vault/keys.ts';
import { BackupStatus } from './BackupStatus.tsx';
import { planImportFile } from './import-file.ts';
import { changed, db, lang, notice, refresh, tr } from './state.ts';
import { repairNotice } from './text.ts';
import { YEAR_TEXT } from './text-year.ts';
import { UnlockForm } from './VaultUnlock.tsx';
import { adoptBackupVault, backupText, gate } from './vault-client.ts';
import { VAULT_TEXT } from './vault-text.ts';

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
  const encoding = useSignal<ImportEncoding | undefined>(undefined);
  /** The records' revision the preview was computed on. */
  const planRevision = useSignal(0);
  const done = useSignal(false);
  const stale = useSignal(false);
  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    done.value = false;
    stale.value = false;
    if (!file) return;
    const { records: existing, revision } = await exportRecordsWithRevision(await db());
    const planned = await planImportFile(file, {
      employers: new Map(existing.employers.map((r) => [r.id, r])),
      employees: new Map(existing.employees.map((r) => [r.id, r])),
      insatser: new Map(existing.insatser.map((r) => [r.id, r])),
    });
    plan.value = planned.plan;
    encoding.value = planned.encoding;
    planRevision.value = revision;
    input.value = '';
  }
  async function confirmImport() {
    const p = plan.value;
    if (!p) return;
    const d = await db();
    try {
      // The preview's counts hold only for the records it was made on.
      await writeRecords(d, p.records, { expectedRevision: planRevision.value });
    } catch (error) {
      if (!(error instanceof StaleRecordsError)) throw error;
      plan.value = null;
      stale.value = true;
      await refresh();
      return;
    }
    await setMeta(d, 'lastImportAt', new Date().toISOString());
    plan.value = null;
    done.value = true;
    await changed();
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
      {stale.value && (
        <p role="alert" class="warning" data-testid="import-stale">
          {tr('staleImport')}
        </p>
      )}
      {p && (
        <div class="preview" aria-live="polite" data-testid="csv-preview">
          <h4>{tr('preview')}</h4>
          {encoding.value && (
            <p data-testid="csv-encoding">
              {tr('encodingUsed')}{' '}
              {tr(encoding.value === 'utf-8' ? 'encodingUtf8' : 'encodingWindows1252')}
            </p>
          )}
          <Errors errors={p.fileErrors} />
          {p.warnings.length > 0 && (
            <div class="warning" data-testid="csv-warnings">
              <p>{tr('warningsHeading')}</p>
              <ul>
                {p.warnings.map((w, n) => (
                  <li key={n}>{w[l]}</li>
                ))}
              </ul>
            </div>
          )}
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
  /** An encrypted file waiting for its passphrase; then the vault it was opened with. */
  const sealedFile = useSignal<string | null>(null);
  const openedVault = useSignal<{ header: VaultHeader; keys: VaultKeys } | null>(null);
  const errors = useSignal<FieldError[]>([]);
  const message = useSignal<string | null>(null);
  const exportErrors = useSignal<FieldError[]>([]);
  async function save({ plain = false } = {}) {
    if (plain && !confirm(tr(VAULT_TEXT.exportPlainWarning))) return;
    const d = await db();
    const checked = exportBackupText(await exportRecords(d));
    if (!checked.ok) {
      // Never a file that will not restore: the user sees which records stop it instead.
      exportErrors.value = checked.errors;
      return;
    }
    exportErrors.value = [];
    const { backup } = checked;
    const { text, encrypted } = await backupText(checked.text, { plain });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = encrypted
      ? backupFileName(backup.exportedAt).replace(/\.json$/, '-krypterad.json')
      : backupFileName(backup.exportedAt);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    await setMeta(d, 'lastBackupAt', backup.exportedAt);
    await changed();
  }
  async function repair() {
    if (!confirm(tr('repairConfirm'))) return;
    const result = await repairApplicationReferences(await db());
    exportErrors.value = [];
    notice.value = repairNotice(result);
    await changed();
  }
  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    message.value = null;
    if (!file) return;
    const text = await file.text();
    input.value = '';
    openedVault.value = null;
    if (isEncryptedBackup(text)) {
      restore.value = null;
      errors.value = [];
      sealedFile.value = text;
      return;
    }
    sealedFile.value = null;
    const parsed = parseBackup(text);
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
    try {
      // A new profile takes the backup's vault first, so no record is ever written in plain.
      const vault = openedVault.value;
      if (vault) await adoptBackupVault(vault.header, vault.keys);
      await replaceAllRecords(await db(), b.records);
    } catch (error) {
      // The file was checked as a whole, so this is not expected; if it happens, nothing changed.
      if (!(error instanceof MissingReferenceError)) throw error;
      restore.value = null;
      errors.value = [
        fieldError(
          error.field,
          { sv: 'Filen', en: 'The file' },
          RECORDS_MESSAGES.reference_missing,
        ),
      ];
      return;
    }
    restore.value = null;
    message.value = tr('restored');
    await changed();
  }
  async function wipe() {
    if (!confirm(tr('wipeConfirm'))) return;
    await wipeRecords(await db());
    message.value = tr('wiped');
    await changed();
  }
  const b = restore.value;
  return (
    <section aria-labelledby="backup-heading">
      <h3 id="backup-heading">{tr('backupHeading')}</h3>
      <BackupStatus />
      <p>
        <button type="button" onClick={() => void save()}>
          {tr('exportBackup')}
        </button>
        {gate.value.step === 'unlocked' && (
          <>
            {' '}
            <button type="button" onClick={() => void save({ plain: true })}>
              {tr(VAULT_TEXT.exportPlain)}
            </button>
          </>
        )}
      </p>
      {gate.value.step === 'unlocked' && <p class="muted">{tr(VAULT_TEXT.backupEncrypted)}</p>}
      {gate.value.step === 'plain' && <p class="warning">{tr(VAULT_TEXT.backupPlain)}</p>}
      {exportErrors.value.length > 0 && (
        <div data-testid="export-refused">
          <p class="warning">{tr('backupRefused')}</p>
          <Errors errors={exportErrors.value} />
          {exportErrors.value.some((e) =>
            /^records\.applications\.\d+\.insatsIds\./.test(e.path),
          ) && (
            <p>
              {tr('repairExplain')}{' '}
              <button type="button" onClick={repair}>
                {tr('repairReferences')}
              </button>
            </p>
          )}
        </div>
      )}
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
      {sealedFile.value && (
        <UnlockForm
          t={tr}
          heading={VAULT_TEXT.openBackupHeading}
          why={VAULT_TEXT.openBackupWhy}
          submit={VAULT_TEXT.openBackup}
          onUnlock={async (secret) => {
            const text = sealedFile.value;
            if (!text) return undefined;
            // A wrong passphrase only says so: nothing is read into the records.
            const opened = await openBackup(text, secret);
            if (!opened.ok) return opened.error;
            const parsed = parseBackup(opened.plaintext);
            sealedFile.value = null;
            if (!parsed.ok) {
              opened.keys.wipe();
              errors.value = parsed.errors;
              return undefined;
            }
            openedVault.value = { header: opened.header, keys: opened.keys };
            restore.value = parsed.backup;
            return undefined;
          }}
        />
      )}
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
