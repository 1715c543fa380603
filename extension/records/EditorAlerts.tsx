/** @jsxImportSource preact */
import type { FieldError } from '../../core/schema/errors.ts';
import { lang, refresh, tr } from './state.ts';

/**
 * What an editor says above its fields: that the records changed since it was opened (the save
 * was refused; a button closes it and shows the new ones), and what is wrong with the input.
 */
export function EditorAlerts({
  stale,
  errors,
  onDone,
}: {
  stale: boolean;
  errors: readonly FieldError[];
  /** Closes the editor. */
  onDone: () => void;
}) {
  const l = lang.value;
  return (
    <>
      {stale && (
        <div class="warning" role="alert" data-testid="editor-stale">
          <p>{tr('stale')}</p>
          <button
            type="button"
            onClick={async () => {
              onDone();
              await refresh();
            }}
          >
            {tr('showNew')}
          </button>
        </div>
      )}
      {errors.length > 0 && (
        <ul class="errors" role="alert">
          {errors.map((e) => (
            <li key={e.path}>{e[l]}</li>
          ))}
        </ul>
      )}
    </>
  );
}
