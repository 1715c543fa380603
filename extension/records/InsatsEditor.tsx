import { useSignal } from '@preact/signals';
import { parseAmount } from '../../core/import/csv.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import type { Insats } from '../../core/schema/records.ts';
import { deleteInsats, InvalidRecordError, putInsats } from '../../core/store/records.ts';
import { db, lang, refresh, tr } from './state.ts';

/** Edits the fields staff correct by hand: what was done, by whom, the cost and the positions. */
export function InsatsEditor({ insats, onDone }: { insats: Insats; onDone: () => void }) {
  const errors = useSignal<FieldError[]>([]);
  const idFor = (f: string) => `edit-${insats.id}-${f}`;
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const positions = text('positions')
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => ({ text: p }));
    const description = text('description');
    const next: Insats = {
      ...insats,
      name: text('name'),
      performer: text('performer'),
      competence: text('competence'),
      cost: parseAmount(text('cost')) ?? Number.NaN,
      description: description || undefined,
      positions: positions.length > 0 ? positions : undefined,
    };
    if (!next.description) delete next.description;
    if (!next.positions) delete next.positions;
    try {
      await putInsats(await db(), next);
      errors.value = [];
      await refresh();
      onDone();
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else throw error;
    }
  }
  async function remove() {
    await deleteInsats(await db(), insats.id);
    await refresh();
    onDone();
  }
  const field = (name: string, label: string, value: string) => (
    <div class="field">
      <label for={idFor(name)}>{label}</label>
      <input id={idFor(name)} name={name} value={value} />
    </div>
  );
  return (
    <form class="editor" onSubmit={save} aria-label={`${tr('edit')}: ${insats.name}`}>
      {errors.value.length > 0 && (
        <ul class="errors" role="alert">
          {errors.value.map((e) => (
            <li key={e.path}>{e[lang.value]}</li>
          ))}
        </ul>
      )}
      {field('name', tr('name'), insats.name)}
      {field('performer', tr('performer'), insats.performer)}
      {field('competence', tr('competence'), insats.competence)}
      {field('cost', tr('cost'), String(insats.cost).replace('.', ','))}
      <div class="field">
        <label for={idFor('description')}>{tr('description')}</label>
        <textarea id={idFor('description')} name="description" rows={2}>
          {insats.description ?? ''}
        </textarea>
      </div>
      <div class="field">
        <label for={idFor('positions')}>{tr('positions')}</label>
        <textarea id={idFor('positions')} name="positions" rows={3}>
          {(insats.positions ?? []).map((p) => p.text).join('\n')}
        </textarea>
      </div>
      <p class="actions">
        <button type="submit">{tr('save')}</button>{' '}
        <button type="button" onClick={onDone}>
          {tr('cancel')}
        </button>{' '}
        <button type="button" class="danger" onClick={remove}>
          {tr('delete')}
        </button>
      </p>
    </form>
  );
}
