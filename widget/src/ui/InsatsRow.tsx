/**
 * One insats in the form: its category (the provider's own services first), its dates as typed,
 * its cost and, behind "Moms?", its VAT; and the button that removes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../core/rules/categories.ts';
import type { IssueReason } from '../../../core/schema/reasons.ts';
import { dateFromEntry, looksLikeDate } from '../date-entry.ts';
import type { Texts } from '../i18n.ts';
import type { InsatsDraft, WidgetModel } from '../model.ts';
import { Field } from './fields.tsx';

export interface RowProps {
  draft: InsatsDraft;
  index: number;
  t: Texts;
  model: WidgetModel;
  autoFocus: boolean;
  canRemove: boolean;
  error: (
    field: 'category' | 'startedOn' | 'performedOn' | 'cost' | 'vat',
    value: string,
  ) => IssueReason | undefined;
  onRemoved: () => void;
}

export function InsatsRow({
  draft,
  index,
  t,
  model,
  autoFocus,
  canRemove,
  error,
  onRemoved,
}: RowProps) {
  const config = model.config.value!;
  const lang = config.lang;
  const id = `sk-${draft.key}`;
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);
  const offered = new Set(config.offers.map((o) => o.category));
  const label = (c: CategoryId) =>
    config.offers.find((o) => o.category === c)?.label ?? CATEGORIES[c][lang];
  const others = CATEGORY_IDS.filter((c) => !offered.has(c));
  const update = (patch: Partial<InsatsDraft>) => model.updateInsats(draft.key, patch);
  // A half-typed date is no mistake yet: its error waits for the field to be left.
  const dateError = (field: 'startedOn' | 'performedOn') =>
    error(field, looksLikeDate(draft[field]) ? draft[field] : '');
  const startError = dateError('startedOn');
  const endError = dateError('performedOn');
  /** Leaving a date field writes what was understood, the ISO way (`20260310` → `2026-03-10`). */
  const leaveDate = (field: 'startedOn' | 'performedOn') => {
    model.touch(`insatser.${index}.${field}`);
    const iso = dateFromEntry(draft[field]);
    if (looksLikeDate(draft[field]) && iso !== draft[field]) update({ [field]: iso });
  };
  const vatError = error('vat', draft.vatText);
  // Open while it holds something, so a typed VAT (or its error) is never hidden.
  const [vatOpen, setVatOpen] = useState(draft.vatText !== '');

  return (
    <fieldset class="insats" data-insats-index={index} part="insats">
      <legend class="insats-title">{t.insats(index + 1)}</legend>
      <div class="field">
        <label for={`${id}-category`}>{t.category}</label>
        <select
          id={`${id}-category`}
          name="category"
          part="input"
          ref={first}
          value={draft.category}
          onChange={(e) => update({ category: e.currentTarget.value as CategoryId })}
        >
          {offered.size > 0 ? (
            <>
              <optgroup label={t.ours}>
                {config.offers.map((o) => (
                  <option key={o.category} value={o.category}>
                    {label(o.category)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t.others}>
                {others.map((c) => (
                  <option key={c} value={c}>
                    {label(c)}
                  </option>
                ))}
              </optgroup>
            </>
          ) : (
            others.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))
          )}
        </select>
      </div>
      <div class="dates">
        <Field
          date
          id={`${id}-start`}
          name="startedOn"
          label={t.startedOn}
          hint={t.dateHint}
          value={draft.startedOn}
          error={startError}
          lang={lang}
          onInput={(v) => update({ startedOn: v })}
          onBlur={() => leaveDate('startedOn')}
        />
        <Field
          date
          id={`${id}-end`}
          name="performedOn"
          label={t.performedOn}
          hint={t.dateHint}
          value={draft.performedOn}
          error={endError}
          lang={lang}
          onInput={(v) => update({ performedOn: v })}
          onBlur={() => leaveDate('performedOn')}
        />
      </div>
      <Field
        id={`${id}-cost`}
        name="cost"
        label={t.cost}
        hint={t.costHint}
        value={draft.costText}
        error={error('cost', draft.costText)}
        lang={lang}
        onInput={(v) => update({ costText: v })}
        onBlur={() => model.touch(`insatser.${index}.cost`)}
      />
      <details
        class="vat"
        open={vatOpen || draft.vatText !== '' || vatError !== undefined}
        onToggle={(e) => {
          setVatOpen(e.currentTarget.open);
        }}
      >
        <summary>{t.vatSummary}</summary>
        {(vatOpen || draft.vatText !== '' || vatError !== undefined) && (
          <Field
            id={`${id}-vat`}
            name="vat"
            label={t.vat}
            hint={t.vatHint}
            value={draft.vatText}
            error={vatError}
            lang={lang}
            onInput={(v) => update({ vatText: v })}
            onBlur={() => model.touch(`insatser.${index}.vat`)}
          />
        )}
      </details>
      {canRemove && (
        <button
          type="button"
          part="button"
          class="link"
          onClick={() => {
            model.removeInsats(draft.key);
            onRemoved();
          }}
        >
          {t.remove(index + 1)}
        </button>
      )}
    </fieldset>
  );
}
