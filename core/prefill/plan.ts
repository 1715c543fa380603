/**
 * What to do with each matched field, given the values of the case: set a text, tick a box, choose
 * a radio, or leave it and say why. Never overwrites what the user already entered unless asked.
 */
import { formatDateFor } from './dates.ts';
import type { ApplicationField, FieldDescription, PrefillValues } from './fields.ts';
import { type Match, NAME_COMPANION, type NoMatch } from './match.ts';
import { sameValue } from './normalise.ts';
import { chooseOption } from './options.ts';

export type SkipReason =
  | NoMatch
  | 'has_value'
  | 'no_value'
  | 'attachment'
  /** A `<select>` with no option that is exactly the case's provider, employer or year. */
  | 'no_option'
  /** The records hold the full name only, and it does not split unambiguously. */
  | 'name_not_split';

const DATE_FIELDS: readonly ApplicationField[] = ['period.from', 'period.to'];

export type Step =
  | { ref: number; field: ApplicationField; action: 'set'; value: string }
  | { ref: number; field: ApplicationField; action: 'check'; option: string }
  | { ref: number; field: ApplicationField; action: 'select'; value: string; text: string }
  | { ref: number; field: ApplicationField; action: 'already' }
  | {
      ref: number;
      field?: ApplicationField;
      action: 'skip';
      reason: SkipReason;
      /** What the user can type or choose instead, when the case holds it. */
      toType?: string;
    }
  /** A radio or box the case does not want: nothing to do and nothing to report. */
  | { ref: number; field: ApplicationField; action: 'none' };

export interface PlanOptions {
  /** The user asked to replace what they had entered. */
  overwrite?: boolean;
}

export function planFill(
  descs: readonly FieldDescription[],
  matches: readonly Match[],
  values: PrefillValues,
  options: PlanOptions = {},
): Step[] {
  const byRef = new Map(descs.map((d) => [d.ref, d]));
  return matches.map((m): Step => {
    const desc = byRef.get(m.ref);
    if (!m.field || !desc) {
      // One candidate the field was not trusted with (whose is unclear): named, so that the panel
      // can show the value to type. Never written.
      const only = !m.field && m.candidates?.length === 1 ? m.candidates[0] : undefined;
      return {
        ref: m.ref,
        action: 'skip',
        reason: m.field ? 'no_match' : m.reason,
        ...(only ? { field: only } : {}),
      };
    }
    const field = m.field;
    if (field === 'attachment') return { ref: m.ref, field, action: 'skip', reason: 'attachment' };

    if (field === 'kinds') {
      const wanted = values.kinds;
      if (!wanted) return { ref: m.ref, field, action: 'skip', reason: 'no_value' };
      const want = wanted.includes(m.option as never);
      if (desc.checked === want) return { ref: m.ref, field, action: want ? 'already' : 'none' };
      // A box the user ticked that the case does not have: theirs to untick.
      if (desc.checked && !options.overwrite) {
        return { ref: m.ref, field, action: 'skip', reason: 'has_value' };
      }
      return { ref: m.ref, field, action: 'check', option: m.option ?? '' };
    }

    if (field === 'periodChoice') {
      const wanted = values.periodChoice;
      if (!wanted) return { ref: m.ref, field, action: 'skip', reason: 'no_value' };
      if (m.option !== wanted) return { ref: m.ref, field, action: 'none' };
      if (desc.checked) return { ref: m.ref, field, action: 'already' };
      const otherChosen = descs.some(
        (d) => d.control === 'radio' && d.group === desc.group && d.checked && d.ref !== desc.ref,
      );
      if (otherChosen && !options.overwrite) {
        return { ref: m.ref, field, action: 'skip', reason: 'has_value' };
      }
      return { ref: m.ref, field, action: 'check', option: wanted };
    }

    if (m.select) {
      const shown = values[field];
      const option = chooseOption(desc.options ?? [], field, values);
      if (!option) {
        return {
          ref: m.ref,
          field,
          action: 'skip',
          reason: shown ? 'no_option' : 'no_value',
          ...(shown ? { toType: shown } : {}),
        };
      }
      if (desc.value === option.value) return { ref: m.ref, field, action: 'already' };
      const chosenByUser = (desc.options ?? []).some(
        (o) => o.value !== '' && o.value === desc.value,
      );
      if (chosenByUser && !options.overwrite) {
        return { ref: m.ref, field, action: 'skip', reason: 'has_value' };
      }
      return { ref: m.ref, field, action: 'select', value: option.value, text: option.text };
    }

    const raw = values[field];
    if (raw === undefined || raw === '') {
      const full = NAME_COMPANION[field];
      const whole = full ? values[full as 'employee.name'] : undefined;
      return whole
        ? { ref: m.ref, field, action: 'skip', reason: 'name_not_split', toType: whole }
        : { ref: m.ref, field, action: 'skip', reason: 'no_value' };
    }
    const value = DATE_FIELDS.includes(field)
      ? formatDateFor(raw, `${desc.hint ?? ''} ${desc.placeholder}`, desc.type)
      : raw;
    if (desc.value.trim() !== '') {
      if (sameValue(field, desc.value, value)) return { ref: m.ref, field, action: 'already' };
      if (!options.overwrite) {
        return { ref: m.ref, field, action: 'skip', reason: 'has_value', toType: value };
      }
    }
    return { ref: m.ref, field, action: 'set', value };
  });
}
