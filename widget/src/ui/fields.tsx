/**
 * The form's labelled controls: a select, a text (or date) input and a checkbox, each with its hint
 * (and the input with its error), tied by aria-describedby.
 */
import type { IssueReason } from '../../../core/schema/reasons.ts';

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p id={`${id}-hint`} class="hint">
      {hint}
    </p>
  ) : null;
}

export function Select(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} />
      <select
        id={props.id}
        part="input"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface InputProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  error: IssueReason | undefined;
  lang: 'sv' | 'en';
  onInput: (value: string) => void;
  onBlur: () => void;
}

/** A labelled text or date input with its hint and its error, tied by aria-describedby. */
export function Field(props: InputProps & { date?: boolean }) {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} />
      <input
        id={props.id}
        name={props.name}
        type="text"
        inputMode={props.date ? 'numeric' : 'decimal'}
        autoComplete="off"
        part="input"
        value={props.value}
        required={props.date}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="error" part="error">
          {props.error.reason[props.lang]}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label after it and its hint below. */
export function Check(props: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field check">
      <input
        id={props.id}
        type="checkbox"
        part="input"
        checked={props.checked}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} />
    </div>
  );
}
