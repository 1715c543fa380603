/**
 * One click of "Fyll i": describe the fields on screen at the click, decide in core/prefill, ask
 * the background for the values of those fields only, fill, read back. Fields the page reveals
 * afterwards (an answer that opens a follow-up question) wait for the user's next click: the
 * report counts them so the panel can say so. The page never gets more than the user saw.
 */

import { PREFILL_TEXTS, SKIP_REASONS } from '../../core/i18n/messages-prefill.ts';
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { fieldsNeeded, matchFields } from '../../core/prefill/match.ts';
import type { SkipReason } from '../../core/prefill/plan.ts';
import { planFill } from '../../core/prefill/plan.ts';
import { pickValues } from '../../core/prefill/values.ts';
import type { ReportLine, RunFailure, RunReport } from '../messaging/protocol.ts';
import { collectFields, type Field, stepSignature } from './collect.ts';
import { fillSteps } from './fill.ts';
import { type Note, showNotes } from './notes.ts';

/** Misses a person can see and act on; hidden traps and unrelated questions get no note. */
const NOTED: ReadonlySet<string> = new Set<SkipReason>([
  'owner_unclear',
  'ambiguous',
  'duplicate',
  'has_value',
  'no_value',
  'no_option',
  'name_not_split',
  'attachment',
]);

const READ_BACK = {
  invalid: PREFILL_TEXTS.status_invalid,
  mismatch: PREFILL_TEXTS.note_mismatch,
} as const;

export type AskValues = (
  fields: ApplicationField[],
  signature: string,
) => Promise<PrefillValues | RunFailure>;

/** Long enough for Vue to render what an answer revealed, short enough not to be noticed. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 60));

/** Values sent with "Fyll i" for the step the content script last announced. */
export interface Prefetched {
  signature: string;
  values: PrefillValues;
}

export async function runFill(
  doc: Document,
  askValues: AskValues,
  overwrite: boolean,
  prefetched?: Prefetched,
): Promise<RunReport | RunFailure> {
  const { descriptions, elements } = collectFields(doc);
  const matches = matchFields(descriptions);
  const needed = fieldsNeeded(matches);
  const signature = stepSignature(descriptions);
  let values: PrefillValues = {};
  if (prefetched?.signature === signature) {
    values = pickValues(prefetched.values, needed);
  } else if (needed.length > 0) {
    const answer = await askValues(needed, signature);
    if ('ok' in answer && answer.ok === false) return answer;
    values = answer as PrefillValues;
  }
  const steps = planFill(descriptions, matches, values, { overwrite });
  const results = await fillSteps(elements, steps);
  const lines: ReportLine[] = [];
  const notes: Note[] = [];
  for (const r of results) {
    const d = descriptions[r.ref];
    if (!d) continue;
    const el = elements[r.ref] as Field;
    const shown = d.control === 'checkbox' || d.control === 'radio' || d.control === 'file';
    const at: Element = (shown && el.labels?.[0]) || el;
    if (r.status === 'skipped' && r.reason && NOTED.has(r.reason)) {
      notes.push({ el: at, text: SKIP_REASONS[r.reason] });
    } else if (r.status === 'invalid' || r.status === 'mismatch') {
      notes.push({ el: at, text: READ_BACK[r.status] });
    }
    const label =
      d.control === 'checkbox' || d.control === 'radio'
        ? `${d.legend}: ${d.label}`
        : d.label || d.legend || d.ariaLabel || d.placeholder || d.name || d.id;
    lines.push({
      label: label.slice(0, 300),
      ...(r.field ? { field: r.field } : {}),
      status: r.status,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.toType ? { toType: r.toType.slice(0, 300) } : {}),
    });
  }

  // What the fill revealed: counted, never filled in this click.
  await settle();
  showNotes(doc, notes);
  const seen = new Set<Element>(elements);
  const after = collectFields(doc);
  const revealed = matchFields(after.descriptions).filter(
    (m) => m.field && !seen.has(after.elements[m.ref] as Element),
  ).length;
  // Fields nobody could name are noise (hidden inputs, page widgets): report only named ones.
  return {
    ok: true,
    lines: lines.filter((l) => l.label.trim() !== ''),
    ...(revealed > 0 ? { more: revealed } : {}),
  };
}
