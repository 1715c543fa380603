/** @jsxImportSource preact */
/**
 * The vault in the dashboard: the first start's choice (a passphrase, or "okrypterat"), the
 * recovery code shown once, the encryption with its progress, the unlock, and while unlocked a bar
 * to lock, change the passphrase and choose the idle time. The records are shown only when they
 * can be read: unlocked, or kept unencrypted by the user's choice.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Bilingual } from '../../core/i18n/format.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import { parseBackup } from '../../core/import/backup.ts';
import { replaceAllRecords } from '../../core/store/records.ts';
import { isEncryptedBackup, openBackup } from '../../core/vault/backup-envelope.ts';
import type { NewVault } from '../../core/vault/header.ts';
import { passphraseStrength } from '../../core/vault/passphrase-strength.ts';
import { changed, db, notice, tr } from './state.ts';
import { TEXT } from './text.ts';
import { Problem, UnlockForm } from './VaultUnlock.tsx';
import {
  adoptBackupVault,
  changePassphrase,
  checkVault,
  chooseUnencrypted,
  encryptWith,
  gate,
  lockNow,
  newVault,
  resetPassphrase,
  retryEncryption,
  setIdleMinutes,
  startSetup,
  unlock,
  watchVault,
} from './vault-client.ts';
import { VAULT_TEXT } from './vault-text.ts';

const IDLE_CHOICES = [5, 15, 30, 60, 240];

function Strength({ passphrase }: { passphrase: string }) {
  if (!passphrase) return null;
  const strength = passphraseStrength(passphrase);
  return (
    <p class={strength.level === 'strong' ? 'ok' : 'warning'} aria-live="polite">
      {tr(strength.hint)}
    </p>
  );
}

function NewPassphraseFields({ onChange }: { onChange: (value: string | undefined) => void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const update = (a: string, b: string) => onChange(a && a === b ? a : undefined);
  return (
    <>
      <label for="vault-new">{tr(VAULT_TEXT.passphrase)}</label>
      <input
        id="vault-new"
        type="password"
        autocomplete="new-password"
        value={first}
        onInput={(e) => {
          setFirst(e.currentTarget.value);
          update(e.currentTarget.value, second);
        }}
      />
      <Strength passphrase={first} />
      <label for="vault-repeat">{tr(VAULT_TEXT.repeat)}</label>
      <input
        id="vault-repeat"
        type="password"
        autocomplete="new-password"
        value={second}
        onInput={(e) => {
          setSecond(e.currentTarget.value);
          update(first, e.currentTarget.value);
        }}
      />
      {second && first !== second && <p class="warning">{tr(VAULT_TEXT.mismatch)}</p>}
    </>
  );
}

/**
 * The first start on a new computer: an encrypted backup restored into this profile, which takes
 * the backup's vault (its passphrase and recovery code). Plain backups are restored under "Import
 * och säkerhetskopia" once a choice is made here.
 */
function RestoreEncrypted() {
  const [file, setFile] = useState<string | undefined>();
  const [problem, setProblem] = useState<Bilingual | undefined>();
  return (
    <div data-testid="vault-restore">
      <p>{tr(VAULT_TEXT.restoreInstead)}</p>
      <label class="field">
        {tr(VAULT_TEXT.chooseEncryptedBackup)}
        <input
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const text = await input.files?.[0]?.text();
            input.value = '';
            setProblem(undefined);
            if (text === undefined) return;
            if (isEncryptedBackup(text)) setFile(text);
            else setProblem(VAULT_TEXT.plainBackupLater);
          }}
        />
      </label>
      <Problem error={problem} t={tr} />
      {file && (
        <UnlockForm
          t={tr}
          heading={VAULT_TEXT.openBackupHeading}
          why={VAULT_TEXT.openBackupWhy}
          submit={VAULT_TEXT.restoreEncrypted}
          onUnlock={async (secret) => {
            const opened = await openBackup(file, secret);
            if (!opened.ok) return opened.error;
            const parsed = parseBackup(opened.plaintext);
            if (!parsed.ok) {
              opened.keys.wipe();
              return parsed.errors[0] ?? VAULT_MESSAGES.backup_invalid;
            }
            await adoptBackupVault(opened.header, opened.keys);
            await replaceAllRecords(await db(), parsed.backup.records);
            await changed();
            notice.value = TEXT.restored;
            return undefined;
          }}
        />
      )}
    </div>
  );
}

function Setup() {
  const [passphrase, setPassphrase] = useState<string | undefined>();
  const [vault, setVault] = useState<NewVault | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [plainAsked, setPlainAsked] = useState(false);
  const [error, setError] = useState<Bilingual | undefined>();

  if (vault) {
    return (
      <section aria-labelledby="vault-code-heading" data-testid="vault-recovery">
        <h2 id="vault-code-heading">{tr(VAULT_TEXT.codeHeading)}</h2>
        <p>
          <code class="recovery-code" data-testid="recovery-code">
            {vault.recoveryCode}
          </code>
        </p>
        <p class="warning">{tr(VAULT_MESSAGES.recovery_code_shown_once)}</p>
        <p class="warning">
          <strong>{tr(VAULT_MESSAGES.no_recovery)}</strong>
        </p>
        <p>
          <input
            id="vault-code-saved"
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />{' '}
          <label for="vault-code-saved">{tr(VAULT_TEXT.codeConfirm)}</label>
        </p>
        <button
          type="button"
          disabled={!confirmed}
          onClick={() => {
            void encryptWith(vault).catch(() => {});
          }}
        >
          {tr(VAULT_TEXT.encrypt)}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            // Nothing was written: the new keys are dropped and the choice starts over.
            vault.keys.wipe();
            setVault(undefined);
            setConfirmed(false);
          }}
        >
          {tr(VAULT_TEXT.cancel)}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="vault-setup-heading" data-testid="vault-setup">
      <h2 id="vault-setup-heading">{tr(VAULT_TEXT.setupHeading)}</h2>
      <p>{tr(VAULT_TEXT.setupWhy)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!passphrase) return;
          setBusy(true);
          setError(undefined);
          void newVault(passphrase).then((created) => {
            setBusy(false);
            if (created.ok) setVault(created.vault);
            else setError(created.error);
          });
        }}
      >
        <NewPassphraseFields onChange={setPassphrase} />
        <Problem error={error} t={tr} />
        <button type="submit" disabled={!passphrase || busy}>
          {tr(busy ? VAULT_TEXT.creating : VAULT_TEXT.choose)}
        </button>
      </form>
      <hr />
      {plainAsked ? (
        <div data-testid="vault-plain-warning">
          <p class="warning">{tr(VAULT_TEXT.plainWarning)}</p>
          <button type="button" onClick={() => void chooseUnencrypted()}>
            {tr(VAULT_TEXT.plainConfirm)}
          </button>{' '}
          <button type="button" onClick={() => setPlainAsked(false)}>
            {tr(VAULT_TEXT.cancel)}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setPlainAsked(true)}>
          {tr(VAULT_TEXT.plainChoice)}
        </button>
      )}
      <hr />
      <RestoreEncrypted />
    </section>
  );
}

function ResetPassphrase({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState<string | undefined>();
  const [error, setError] = useState<Bilingual | undefined>();
  return (
    <section aria-labelledby="vault-reset-heading" data-testid="vault-reset">
      <h2 id="vault-reset-heading">{tr(VAULT_TEXT.newPassphraseHeading)}</h2>
      <p>{tr(VAULT_TEXT.newPassphraseWhy)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!passphrase) return;
          void resetPassphrase(passphrase).then((answer) => {
            if (answer.ok) onDone();
            else setError(answer.error);
          });
        }}
      >
        <NewPassphraseFields onChange={setPassphrase} />
        <Problem error={error} t={tr} />
        <button type="submit" disabled={!passphrase}>
          {tr(VAULT_TEXT.choose)}
        </button>
      </form>
    </section>
  );
}

function VaultBar() {
  const state = gate.value;
  const [changing, setChanging] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<string | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: Bilingual } | undefined>();
  if (state.step === 'plain') {
    return (
      <p class="vault-bar warning no-print" data-testid="vault-bar">
        <strong>{tr(VAULT_TEXT.unencrypted)}</strong>{' '}
        <button type="button" onClick={startSetup}>
          {tr(VAULT_TEXT.encryptNow)}
        </button>
      </p>
    );
  }
  if (state.step !== 'unlocked') return null;
  return (
    <div class="vault-bar no-print" data-testid="vault-bar">
      <p>
        <strong>{tr(VAULT_TEXT.encrypted)}</strong> · {tr(VAULT_TEXT.locksAfter)}{' '}
        <select
          aria-label={tr(VAULT_TEXT.minutesIdle)}
          value={state.idleMinutes}
          onChange={(e) => void setIdleMinutes(Number(e.currentTarget.value))}
        >
          {[...new Set([...IDLE_CHOICES, state.idleMinutes])]
            .sort((a, b) => a - b)
            .map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
        </select>{' '}
        {tr(VAULT_TEXT.minutesIdle)}{' '}
        <button type="button" data-testid="vault-lock" onClick={() => void lockNow()}>
          {tr(VAULT_TEXT.lock)}
        </button>{' '}
        <button type="button" onClick={() => setChanging(!changing)} aria-expanded={changing}>
          {tr(VAULT_TEXT.changeHeading)}
        </button>
      </p>
      {message && (
        <p class={message.ok ? 'ok' : 'errors'} role={message.ok ? 'status' : 'alert'}>
          {tr(message.text)}
        </p>
      )}
      {changing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!next) return;
            void changePassphrase(current, next).then((answer) => {
              setMessage(
                answer.ok
                  ? { ok: true, text: VAULT_TEXT.changed }
                  : { ok: false, text: answer.error },
              );
              if (answer.ok) {
                setChanging(false);
                setCurrent('');
              }
            });
          }}
        >
          <label for="vault-current">{tr(VAULT_TEXT.current)}</label>
          <input
            id="vault-current"
            type="password"
            autocomplete="current-password"
            value={current}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
          <NewPassphraseFields onChange={setNext} />
          <button type="submit" disabled={!current || !next}>
            {tr(VAULT_TEXT.change)}
          </button>
        </form>
      )}
    </div>
  );
}

/** Shows `children` (the records) only when they can be read. */
export function VaultGate({ children }: { children: ComponentChildren }) {
  const [recovered, setRecovered] = useState(false);
  useEffect(() => {
    watchVault();
    void checkVault();
  }, []);
  const state = gate.value;
  if (state.step === 'loading') return <p aria-busy="true">{tr('loading')}</p>;
  if (state.step === 'setup') return <Setup />;
  if (state.step === 'locked') {
    return (
      <UnlockForm
        t={tr}
        onUnlock={async (secret) => {
          const problem = await unlock(secret);
          if (!problem && 'recoveryCode' in secret) setRecovered(true);
          return problem;
        }}
      />
    );
  }
  if (state.step === 'encrypting') {
    return (
      <section aria-labelledby="vault-encrypting-heading" data-testid="vault-encrypting">
        <h2 id="vault-encrypting-heading">{tr(VAULT_TEXT.encrypting)}</h2>
        <p aria-live="polite">
          <progress max={state.total || 1} value={state.sealed} /> {state.sealed}{' '}
          {tr(VAULT_TEXT.ofTotal)} {state.total}
        </p>
        <Problem error={state.error} t={tr} />
        {state.error && (
          <button type="button" onClick={() => void retryEncryption().catch(() => {})}>
            {tr(VAULT_TEXT.retry)}
          </button>
        )}
      </section>
    );
  }
  if (recovered) return <ResetPassphrase onDone={() => setRecovered(false)} />;
  return (
    <>
      <VaultBar />
      {children}
    </>
  );
}
