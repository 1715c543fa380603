/**
 * One click of "Fyll i" on the page: describe the fields, decide in core/prefill, ask the
 * background for the values of the fields on screen only, fill, read back. Repeats when filling
 * revealed new fields (an answer that opens a follow-up question), at most a few times.
 */
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { fieldsNeeded, matchFields } from '../../core/prefill/match.ts';
import { planFill } from '../../core/prefill/plan.ts';
import { pickValues } from '../../core/prefill/values.ts';
import { collectFields, stepSignature } from './collect.ts';
import { type FillResult, fillSteps } from './fill.ts';
import type { ReportLine, RunFailure, RunReport } from './messages.ts';

export type AskValues = (fields: ApplicationField[]) => Promise<PrefillValues | RunFailure>;

const MAX_PASSES = 3;
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

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
  const lines = new Map<HTMLElement, ReportLine>();
  const done = new Set<HTMLElement>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { descriptions, elements } = collectFields(doc);
    const fresh = descriptions.filter((d) => !done.has(elements[d.ref] as HTMLElement));
    if (fresh.length === 0) break;
    const matches = matchFields(descriptions);
    const needed = fieldsNeeded(matches.filter((m) => fresh.some((d) => d.ref === m.ref)));
    let values: PrefillValues = {};
    const sameStep = pass === 0 && prefetched?.signature === stepSignature(descriptions);
    if (sameStep && prefetched) {
      values = pickValues(prefetched.values, needed);
    } else if (needed.length > 0) {
      const answer = await askValues(needed);
      if ('ok' in answer && answer.ok === false) return answer;
      values = answer as PrefillValues;
    }
    const steps = planFill(descriptions, matches, values, { overwrite }).filter((s) =>
      fresh.some((d) => d.ref === s.ref),
    );
    const results: FillResult[] = await fillSteps(elements, steps);
    for (const r of results) {
      const el = elements[r.ref] as HTMLElement;
      const d = descriptions[r.ref];
      if (!d) continue;
      const label =
        d.control === 'checkbox' || d.control === 'radio'
          ? `${d.legend}: ${d.label}`
          : d.label || d.legend || d.name || d.id;
      lines.set(el, {
        label,
        ...(r.field ? { field: r.field } : {}),
        status: r.status,
        ...(r.reason ? { reason: r.reason } : {}),
      });
    }
    for (const d of fresh) done.add(elements[d.ref] as HTMLElement);
    if (!results.some((r) => r.status === 'filled')) break;
    await settle();
  }
  // Fields nobody could name are noise (hidden inputs, page widgets): report only named ones.
  return { ok: true, lines: [...lines.values()].filter((l) => l.label.trim() !== '') };
}
