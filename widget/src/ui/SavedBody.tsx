/**
 * Inside "Sparade kalkyler": save (or update the one on screen), reopen, delete after a
 * confirmation. Loaded, with idb and the store, when the employer first opens the section; the
 * database is opened then too.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDateLong } from '../../../core/i18n/format.ts';
import type { SavedEstimate } from '../../../core/schema/saved-estimate.ts';
import { SAVED_ESTIMATE_NAME_MAX } from '../../../core/schema/saved-estimate.ts';
import {
  deleteSavedEstimate,
  listSavedEstimates,
  saveEstimate,
} from '../../../core/store/estimates.ts';
import type { WidgetModel } from '../model.ts';
import { estimatesDb } from '../storage.ts';
import { SAVED_TEXTS } from '../texts/saved.ts';

interface Props {
  model: WidgetModel;
}

export function SavedBody({ model }: Props) {
  const lang = model.config.value!.lang;
  const st = SAVED_TEXTS[lang];
  const [list, setList] = useState<SavedEstimate[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [failed, setFailed] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const open = model.openSaved.value;
  const canSave = model.result.value.kind === 'ok';

  const refresh = async () => {
    try {
      const r = await listSavedEstimates(await estimatesDb());
      setList(r.estimates);
      setUnreadable(r.unreadable);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  const save = async (asNew: boolean) => {
    const scenario = model.savedScenario();
    if (!scenario) return;
    const chosen = name.trim() || (asNew ? '' : (open?.name ?? ''));
    try {
      const db = await estimatesDb();
      const r = await saveEstimate(db, {
        ...(open && !asNew ? { id: open.id } : {}),
        name: chosen,
        scenario,
      });
      if (!r.ok) {
        setNameError(r.errors.map((e) => e.reason[lang]).join(' '));
        return;
      }
      setNameError(null);
      setName('');
      model.openSaved.value = { id: r.estimate.id, name: r.estimate.name };
      setMessage(st.saved(r.estimate.name));
      await refresh();
    } catch {
      setFailed(true);
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  return (
    <>
      <p class="hint">{st.savedIntro}</p>
      {failed ? (
        <p class="error">{st.storageFailed}</p>
      ) : (
        <>
          <form
            class="save-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save(false);
            }}
          >
            <div class="field">
              <label for="sk-save-name">{st.saveName}</label>
              <input
                id="sk-save-name"
                type="text"
                part="input"
                autoComplete="off"
                maxLength={SAVED_ESTIMATE_NAME_MAX}
                value={name}
                placeholder={open?.name ?? ''}
                aria-invalid={nameError ? 'true' : undefined}
                aria-describedby={nameError ? 'sk-save-name-error' : undefined}
                onInput={(e) => {
                  setName(e.currentTarget.value);
                }}
              />
              {nameError && (
                <p id="sk-save-name-error" class="error" part="error">
                  {nameError}
                </p>
              )}
            </div>
            <div class="actions">
              <button
                type="submit"
                part="button button-primary"
                class="primary"
                disabled={!canSave}
              >
                {open ? st.update : st.save}
              </button>
              {open && (
                <>
                  <button type="button" part="button" onClick={() => void save(true)}>
                    {st.saveNew}
                  </button>
                  <button
                    type="button"
                    part="button"
                    onClick={() => {
                      model.reset();
                      setMessage('');
                    }}
                  >
                    {st.newEstimate}
                  </button>
                </>
              )}
            </div>
          </form>
          {list !== null && list.length === 0 && <p>{st.none}</p>}
          {unreadable > 0 && <p class="hint">{st.unreadable(unreadable)}</p>}
          {list && list.length > 0 && (
            <ul class="saved-list">
              {list.map((s) => (
                <li key={s.id} data-saved={s.name}>
                  <span class="saved-name">{s.name}</span>{' '}
                  <span class="muted">
                    ({st.savedAt} {formatDateLong(s.savedAt.slice(0, 10), lang)})
                  </span>
                  {confirming === s.id ? (
                    <span class="confirm">
                      {' '}
                      {st.confirmDel(s.name)}{' '}
                      <button
                        type="button"
                        part="button"
                        onClick={async () => {
                          setConfirming(null);
                          try {
                            await deleteSavedEstimate(await estimatesDb(), s.id);
                            if (model.openSaved.value?.id === s.id) model.openSaved.value = null;
                            setMessage(st.deleted(s.name));
                            await refresh();
                          } catch {
                            setFailed(true);
                          }
                        }}
                      >
                        {st.yesDel}
                      </button>{' '}
                      <button
                        type="button"
                        part="button"
                        onClick={() => {
                          setConfirming(null);
                        }}
                      >
                        {st.cancel}
                      </button>
                    </span>
                  ) : (
                    <span>
                      {' '}
                      <button
                        type="button"
                        part="button"
                        aria-label={`${st.open}: ${s.name}`}
                        onClick={() => {
                          model.load(s);
                          setMessage(st.opened(s.name));
                        }}
                      >
                        {st.open}
                      </button>{' '}
                      <button
                        type="button"
                        part="button"
                        aria-label={`${st.del}: ${s.name}`}
                        onClick={() => {
                          setConfirming(s.id);
                        }}
                      >
                        {st.del}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p role="status" class="status-small">
        {message}
      </p>
    </>
  );
}
