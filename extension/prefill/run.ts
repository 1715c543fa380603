/**
 * One click of "Fyll i": describe the fields on screen at the click, decide in core/prefill, ask
 * the background for the values of those fields only, fill, read back. Fields the page reveals
 * afterwards (an answer that opens a follow-up question) wait for the user's next click: the
 * report counts them so the panel can say so. The page never gets more than the user saw.
 */
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { fieldsNeeded, matchFields } from '../../core/prefill/match.ts';
import { planFill } from '../../core/prefill/plan.ts';
import { pickValues } from '../../core/prefill/values.ts';
import { collectFields, stepSignature } from './collect.ts';
import { fillSteps } from './fill.ts';
import type { ReportLine, RunFailure, RunReport } from './messages.ts';

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
  for (const r of results) {
    const d = descriptions[r.ref];
    if (!d) continue;
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
