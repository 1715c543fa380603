/**
 * What to do with each matched field, given the values of the case: set a text, tick a box, choose
 * a radio, or leave it and say why. Never overwrites what the user already entered unless asked.
 */
import type { ApplicationField, FieldDescription, PrefillValues } from './fields.ts';
import type { Match, NoMatch } from './match.ts';
import { sameValue } from './normalise.ts';

export type SkipReason = NoMatch | 'has_value' | 'no_value' | 'attachment';

export type Step =
  | { ref: number; field: ApplicationField; action: 'set'; value: string }
  | { ref: number; field: ApplicationField; action: 'check'; option: string }
  | { ref: number; field: ApplicationField; action: 'already' }
  | { ref: number; field?: ApplicationField; action: 'skip'; reason: SkipReason }
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
    if (!m.field || !desc)
      return { ref: m.ref, action: 'skip', reason: m.field ? 'no_match' : m.reason };
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

    const value = values[field];
    if (value === undefined || value === '') {
      return { ref: m.ref, field, action: 'skip', reason: 'no_value' };
    }
    if (desc.value.trim() !== '') {
      if (sameValue(field, desc.value, value)) return { ref: m.ref, field, action: 'already' };
      if (!options.overwrite) return { ref: m.ref, field, action: 'skip', reason: 'has_value' };
    }
    return { ref: m.ref, field, action: 'set', value };
  });
}
