/**
 * Writes planned values into the page the way Vue and FKUI take them: the prototype's value
 * setter, then `input`, `change` and a blur; boxes and radios by click, one per tick (FKUI keeps
 * only the last change of a checkbox group within one tick). Then reads every field back.
 */
import type { ApplicationField } from '../../core/prefill/fields.ts';
import { sameValue } from '../../core/prefill/normalise.ts';
import type { SkipReason, Step } from '../../core/prefill/plan.ts';
import { blockedState } from './collect.ts';

export type FillStatus = 'filled' | 'already' | 'invalid' | 'mismatch' | 'skipped';

export interface FillResult {
  ref: number;
  field?: ApplicationField;
  status: FillStatus;
  reason?: SkipReason;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setterOf(el: HTMLInputElement): ((v: string) => void) | undefined {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/** Sets a text value so that a `v-model` bound to change/blur (FKUI) receives it. */
export function setText(el: HTMLInputElement, value: string): void {
  const set = setterOf(el);
  if (set) set.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

export function markFilled(el: HTMLElement): void {
  const target =
    (el as HTMLInputElement).labels?.[0] && el.matches('[type=checkbox],[type=radio]')
      ? ((el as HTMLInputElement).labels?.[0] as HTMLElement)
      : el;
  target.style.outline = '3px solid #1b7a3b';
  target.style.outlineOffset = '2px';
  el.setAttribute('data-stodkollen-filled', '');
}

/** Carries out the plan; returns one result per step that the user should hear about. */
export async function fillSteps(
  elements: readonly HTMLInputElement[],
  steps: readonly Step[],
): Promise<FillResult[]> {
  const results: FillResult[] = [];
  const written: { step: Step & { action: 'set' | 'check' }; el: HTMLInputElement }[] = [];
  for (const step of steps) {
    if (step.action === 'none') continue;
    if (step.action === 'skip') {
      results.push({ ref: step.ref, field: step.field, status: 'skipped', reason: step.reason });
      continue;
    }
    if (step.action === 'already') {
      results.push({ ref: step.ref, field: step.field, status: 'already' });
      continue;
    }
    const el = elements[step.ref];
    const control = step.action === 'check' ? 'checkbox' : 'text';
    // The page may have changed since it was read: check again right before writing.
    const blocked = el?.isConnected ? blockedState(el, control) : 'hidden';
    if (!el || blocked) {
      results.push({
        ref: step.ref,
        field: step.field,
        status: 'skipped',
        reason: blocked ?? 'hidden',
      });
      continue;
    }
    if (step.action === 'set') {
      setText(el, step.value);
    } else {
      el.click();
      await tick();
    }
    written.push({ step, el });
  }
  // FKUI formats and validates after blur: read back once it has settled.
  await tick();
  for (const { step, el } of written) {
    let status: FillStatus;
    if (step.action === 'check') status = el.checked ? 'filled' : 'mismatch';
    else if (el.getAttribute('aria-invalid') === 'true') status = 'invalid';
    else status = sameValue(step.field, el.value, step.value) ? 'filled' : 'mismatch';
    if (status === 'filled') markFilled(el);
    results.push({ ref: step.ref, field: step.field, status });
  }
  return results.sort((a, b) => a.ref - b.ref);
}
