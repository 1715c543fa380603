/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { Bilingual } from '../../core/i18n/format.ts';
import { VAULT_TEXT } from './vault-text.ts';

/** A vault failure (a wrong passphrase, say), as an alert. */
export function Problem({
  error,
  t,
}: {
  error: Bilingual | undefined;
  t: (text: Bilingual) => string;
}) {
  return error ? (
    <p class="errors" role="alert" data-testid="vault-error">
      {t(error)}
    </p>
  ) : null;
}

/**
 * The unlock form: by passphrase, or by recovery code (then a new passphrase is asked for).
 * `t` renders a text: the dashboard's language, or both languages in the popup.
 */
export function UnlockForm({
  t,
  onUnlock,
  heading = VAULT_TEXT.unlockHeading,
  why = VAULT_TEXT.unlockWhy,
  submit = VAULT_TEXT.unlock,
}: {
  t: (text: Bilingual) => string;
  /** Other words for opening an encrypted backup with the same form. */
  heading?: Bilingual;
  why?: Bilingual;
  submit?: Bilingual;
  onUnlock: (
    secret: { passphrase: string } | { recoveryCode: string },
  ) => Promise<Bilingual | undefined>;
}) {
  const [withCode, setWithCode] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Bilingual | undefined>();
  return (
    <section aria-labelledby="vault-unlock-heading" data-testid="vault-unlock">
      <h2 id="vault-unlock-heading">{t(heading)}</h2>
      <p>{t(why)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          void onUnlock(withCode ? { recoveryCode: value } : { passphrase: value }).then(
            (problem) => {
              setBusy(false);
              // A wrong passphrase changes nothing: the form stays, with the reason.
              setError(problem);
              if (!problem) setValue('');
            },
          );
        }}
      >
        <label for="vault-secret">
          {t(withCode ? VAULT_TEXT.recoveryCode : VAULT_TEXT.passphrase)}
        </label>
        {withCode ? (
          <input
            id="vault-secret"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        ) : (
          <input
            id="vault-secret"
            type="password"
            autocomplete="current-password"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        )}
        <Problem error={error} t={t} />
        <button type="submit" disabled={!value || busy}>
          {t(busy ? VAULT_TEXT.unlocking : submit)}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            setWithCode(!withCode);
            setValue('');
            setError(undefined);
          }}
        >
          {t(withCode ? VAULT_TEXT.usePassphrase : VAULT_TEXT.useCode)}
        </button>
      </form>
    </section>
  );
}
