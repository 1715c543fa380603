/** @jsxImportSource preact */
import { signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { parseAmount } from '../../core/i18n/amount.ts';
import { DATE_ENTRY_PLACEHOLDER, readDateEntry } from '../../core/i18n/date-entry.ts';
import { FIELD_NAMES } from '../../core/i18n/messages.ts';
import { fieldError } from '../../core/import/field-error.ts';
import { CATEGORIES, CATEGORY_IDS, FK_KIND_LABELS, FK_KINDS } from '../../core/rules/categories.ts';
import { type FieldError, validate } from '../../core/schema/errors.ts';
import { type Insats, InsatsSchema } from '../../core/schema/records.ts';
import {
  applicationsNamingInsats,
  deleteInsats,
  InvalidRecordError,
  putInsats,
  StaleRecordsError,
} from '../../core/store/records.ts';
import { EditorAlerts } from './EditorAlerts.tsx';
import { rememberedInsats, rememberInsats } from './insats-memory.ts';
import { changed, db, lang, notice, tr } from './state.ts';
import { applicationLabel, deletionNotice } from './text.ts';

/**
 * The employee just created by hand, whose page opens with the first insats' form ready
 * (NewRecordsView sets it, EmployeeView takes it).
 */
export const firstInsatsFor = signal<string | null>(null);

/**
 * Adds an insats by hand, or edits one: everything the 7026 report and the invoice basis show.
 * The form's values go through the insats schema before they are stored. A new insats starts
 * from the category, performer, competence and price of the last one saved (insats-memory.ts).
 */
export function InsatsEditor({
  insats,
  employeeId,
  revision,
  onDone,
  focusFirst = false,
}: {
  /** Undefined for a new insats. */
  insats?: Insats;
  employeeId: string;
  /** The records' revision the form was filled from: a save on changed records is refused. */
  revision: number;
  onDone: () => void;
  /** Puts the focus on the first field when the form opens. */
  focusFirst?: boolean;
}) {
  // Read once when the form opens: a save while it is open does not change what it shows.
  const remembered = useSignal(insats ? undefined : rememberedInsats.peek()).peek();
  const category = insats?.category ?? remembered?.category ?? 'stodsamtal';
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // Set once, as the other fields' default values are: the user's choice then stays theirs.
    if (first.current) first.current.value = category;
  }, []);
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  const errors = useSignal<FieldError[]>([]);
  const stale = useSignal(false);
  // The revision when the form opened, not a later one read while it stayed open.
  const openedAt = useSignal(revision).peek();
  const key = insats?.id ?? 'new';
  const idFor = (f: string) => `edit-${key}-${f}`;
  const l = lang.value;
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    // A typed date is read by core's one reader; one that cannot be read, or a day that does not
    // exist, is said in words and the field keeps what was typed.
    const dateErrors = new Map<string, FieldError>();
    const date = (k: DateField): string => {
      const typed = text(k);
      const read = readDateEntry(typed);
      if (read.ok) return read.iso;
      dateErrors.set(k, fieldError(k, FIELD_NAMES[k]!, read.message));
      return typed;
    };
    const positions = text('positions')
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => ({ text: p }));
    const description = text('description');
    const digital = text('digital');
    const sessionsText = text('plannedSessions');
    const optional = {
      plannedEndOn: text('plannedEndOn') === '' ? undefined : date('plannedEndOn'),
      plannedSessions:
        sessionsText === ''
          ? undefined
          : /^\d+$/.test(sessionsText)
            ? Number(sessionsText)
            : Number.NaN,
      afaReference: text('afaReference') || undefined,
      courseContent: text('courseContent') || undefined,
    };
    const vatText = text('vat');
    const vat = vatText === '' ? undefined : (parseAmount(vatText) ?? Number.NaN);
    const next = {
      ...(insats ?? {}),
      id: insats?.id ?? `${employeeId}-${Date.now().toString(36)}`,
      employeeId,
      category: text('category'),
      kinds: form.getAll('kinds').map(String),
      startedOn: date('startedOn'),
      performedOn: date('performedOn'),
      name: text('name'),
      performer: text('performer'),
      competence: text('competence'),
      cost: parseAmount(text('cost')) ?? Number.NaN,
      vat,
      ...optional,
      description: description || undefined,
      positions: positions.length > 0 ? positions : undefined,
      digital: digital === '' ? undefined : digital === 'ja',
    } as Record<string, unknown>;
    for (const k of ['description', 'positions', 'digital', 'vat', ...Object.keys(optional)]) {
      if (next[k] === undefined) delete next[k];
    }
    if (dateErrors.size > 0) {
      errors.value = withDateErrors(next, dateErrors);
      return;
    }
    try {
      const stored = await putInsats(await db(), next as Insats, { expectedRevision: openedAt });
      errors.value = [];
      if (!insats) {
        await rememberInsats({
          category: stored.category,
          performer: stored.performer,
          competence: stored.competence,
          cost: stored.cost,
        });
      }
      await changed();
      onDone();
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else if (error instanceof StaleRecordsError) stale.value = true;
      else throw error;
    }
  }
  async function remove() {
    if (!insats) return;
    const d = await db();
    const naming = await applicationsNamingInsats(d, insats.id);
    const question =
      naming.length === 0
        ? tr('deleteInsatsConfirm')
        : `${tr('deleteInsatsConfirm')}\n\n${tr('deleteInsatsApplications')}\n${naming
            .map((a) => `– ${tr(applicationLabel(a))}`)
            .join('\n')}`;
    if (!confirm(question)) return;
    try {
      const deletion = await deleteInsats(d, insats.id, { expectedRevision: openedAt });
      notice.value = deletionNotice(deletion);
    } catch (error) {
      if (!(error instanceof StaleRecordsError)) throw error;
      stale.value = true;
      return;
    }
    await changed();
    onDone();
  }
  const field = (name: string, label: string, value: string, date = false) => (
    <div class="field">
      <label for={idFor(name)}>{label}</label>
      {date ? (
        // One tab stop, typed as people write dates (Chromium's date field is three), read by
        // core/i18n/date-entry.ts when the form is saved.
        <input
          id={idFor(name)}
          name={name}
          defaultValue={value}
          placeholder={DATE_ENTRY_PLACEHOLDER[l]}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={errors.value.some((e) => e.path === name) ? 'true' : undefined}
        />
      ) : (
        <input id={idFor(name)} name={name} defaultValue={value} />
      )}
    </div>
  );
  const digitalNow = insats?.digital === undefined ? '' : insats.digital ? 'ja' : 'nej';
  const title = insats ? `${tr('edit')}: ${insats.name}` : tr('addInsats');
  return (
    <form class="editor" onSubmit={save} aria-label={title}>
      <EditorAlerts stale={stale.value} errors={errors.value} onDone={onDone} />
      <div class="field">
        <label for={idFor('category')}>{tr('category')}</label>
        <select id={idFor('category')} name="category" ref={first}>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {CATEGORIES[c][l]}
            </option>
          ))}
        </select>
      </div>
      {field('name', tr('name'), insats?.name ?? '')}
      <fieldset>
        <legend>{tr('kinds')}</legend>
        {FK_KINDS.map((k) => (
          <label key={k} class="inline">
            <input
              type="checkbox"
              name="kinds"
              value={k}
              defaultChecked={insats?.kinds.includes(k) ?? false}
            />{' '}
            {FK_KIND_LABELS[k][l]}
          </label>
        ))}
      </fieldset>
      {field('startedOn', tr('started'), insats?.startedOn ?? '', true)}
      {field('performedOn', tr('date'), insats?.performedOn ?? '', true)}
      {field('performer', tr('performer'), insats?.performer ?? remembered?.performer ?? '')}
      {field('competence', tr('competence'), insats?.competence ?? remembered?.competence ?? '')}
      {field('cost', tr('cost'), costText(insats?.cost ?? remembered?.cost))}
      {field(
        'vat',
        tr('vat'),
        insats?.vat === undefined ? '' : String(insats.vat).replace('.', ','),
      )}
      <div class="field">
        <label for={idFor('digital')}>{tr('digital')}</label>
        <select id={idFor('digital')} name="digital">
          <option value="" selected={digitalNow === ''}>
            –
          </option>
          <option value="ja" selected={digitalNow === 'ja'}>
            {tr('yes')}
          </option>
          <option value="nej" selected={digitalNow === 'nej'}>
            {tr('no')}
          </option>
        </select>
      </div>
      {field('plannedEndOn', tr('plannedEndOn'), insats?.plannedEndOn ?? '', true)}
      {field(
        'plannedSessions',
        tr('plannedSessions'),
        insats?.plannedSessions === undefined ? '' : String(insats.plannedSessions),
      )}
      {field('afaReference', tr('afaReference'), insats?.afaReference ?? '')}
      <div class="field">
        <label for={idFor('courseContent')}>{tr('courseContent')}</label>
        <textarea id={idFor('courseContent')} name="courseContent" rows={2}>
          {insats?.courseContent ?? ''}
        </textarea>
      </div>
      <div class="field">
        <label for={idFor('description')}>{tr('description')}</label>
        <textarea id={idFor('description')} name="description" rows={2}>
          {insats?.description ?? ''}
        </textarea>
      </div>
      <div class="field">
        <label for={idFor('positions')}>{tr('positions')}</label>
        <textarea id={idFor('positions')} name="positions" rows={3}>
          {(insats?.positions ?? []).map((p) => p.text).join('\n')}
        </textarea>
      </div>
      <p class="actions">
        <button type="submit">{tr('save')}</button>{' '}
        <button type="button" onClick={onDone}>
          {tr('cancel')}
        </button>{' '}
        {insats && (
          <button type="button" class="danger" onClick={remove}>
            {tr('delete')}
          </button>
        )}
      </p>
    </form>
  );
}

const DATE_FIELDS = ['startedOn', 'performedOn', 'plannedEndOn'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/**
 * The form's errors when a date could not be read: the schema's other errors, with each date's own
 * message in place of the schema's (and nothing else said about that date).
 */
function withDateErrors(next: unknown, dateErrors: ReadonlyMap<string, FieldError>): FieldError[] {
  const checked = validate(InsatsSchema, next);
  const others = checked.ok ? [] : checked.errors.filter((e) => !dateErrors.has(e.path));
  const dates = DATE_FIELDS.flatMap((k) => dateErrors.get(k) ?? []);
  return [...dates, ...others];
}

/** An amount as the form shows it: `1850,5`, or empty. */
function costText(cost: number | undefined): string {
  return cost === undefined ? '' : String(cost).replace('.', ',');
}
