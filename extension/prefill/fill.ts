/**
 * Writes planned values into the page the way Vue and FKUI take them: the prototype's value
 * setter, then `input`, `change` and a blur; boxes and radios by click, one per tick (FKUI keeps
 * only the last change of a checkbox group within one tick). Then reads every field back.
 */
import type { ApplicationField } from '../../core/prefill/fields.ts';
import { sameValue } from '../../core/prefill/normalise.ts';
import type { SkipReason, Step } from '../../core/prefill/plan.ts';
import { blockedState, type Field } from './collect.ts';

export type FillStatus = 'filled' | 'already' | 'invalid' | 'mismatch' | 'skipped';

export interface FillResult {
  ref: number;
  field?: ApplicationField;
  status: FillStatus;
  reason?: SkipReason;
  /** For a field left to the user: what to type or choose, when the case holds it. */
  toType?: string;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setterOf(el: Field): ((v: string) => void) | undefined {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/** Sets a text value so that a `v-model` bound to change/blur (FKUI) receives it. */
export function setText(el: Field, value: string): void {
  const set = setterOf(el);
  if (set) set.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

export function markFilled(el: Field): void {
  const label = el.labels?.[0];
  const target: { style: CSSStyleDeclaration } =
    label && el.matches('[type=checkbox],[type=radio]') ? label : (el as HTMLInputElement);
  target.style.outline = '3px solid #1b7a3b';
  target.style.outlineOffset = '2px';
  el.setAttribute('data-stodkollen-filled', '');
}

/** Chooses an option the way FKUI's FSelectField takes it: the value, then `change`. */
export function setSelect(el: HTMLSelectElement, value: string): void {
  const set = setterOf(el);
  if (set) set.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Brings a field into view when its centre is outside it: covering can only be tested there. */
function intoView(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  const r = el.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  if (cx < 0 || cy < 0 || cx >= win.innerWidth || cy >= win.innerHeight) {
    el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }
}

type Written = Step & { action: 'set' | 'check' | 'select' };

/** Carries out the plan; returns one result per step that the user should hear about. */
export async function fillSteps(
  elements: readonly Field[],
  steps: readonly Step[],
): Promise<FillResult[]> {
  const results: FillResult[] = [];
  const written: { step: Written; el: Field }[] = [];
  const toWrite: { step: Written; el: Field }[] = [];
  // The page may have changed since it was read: check every target again, now also that nothing
  // is drawn over it. All reads first, then all writes, so the checks do not force a layout
  // after every write.
  for (const step of steps) {
    if (step.action === 'none') continue;
    if (step.action === 'skip') {
      results.push({
        ref: step.ref,
        field: step.field,
        status: 'skipped',
        reason: step.reason,
        ...(step.toType ? { toType: step.toType } : {}),
      });
      continue;
    }
    if (step.action === 'already') {
      results.push({ ref: step.ref, field: step.field, status: 'already' });
      continue;
    }
    const el = elements[step.ref];
    const control =
      step.action === 'check' ? 'checkbox' : step.action === 'select' ? 'select' : 'text';
    if (el?.isConnected) intoView(el);
    const blocked = el?.isConnected ? blockedState(el, control, true) : 'hidden';
    if (!el || blocked) {
      results.push({
        ref: step.ref,
        field: step.field,
        status: 'skipped',
        reason: blocked ?? 'hidden',
      });
      continue;
    }
    toWrite.push({ step, el });
  }
  for (const { step, el } of toWrite) {
    // An earlier answer may have removed or disabled it (cheap checks, no layout).
    if (!el.isConnected || el.disabled) {
      results.push({ ref: step.ref, field: step.field, status: 'skipped', reason: 'hidden' });
      continue;
    }
    if (step.action === 'set') {
      setText(el, step.value);
    } else if (step.action === 'select') {
      if (el instanceof HTMLSelectElement) setSelect(el, step.value);
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
    if (step.action === 'check') status = (el as HTMLInputElement).checked ? 'filled' : 'mismatch';
    else if (step.action === 'select') status = el.value === step.value ? 'filled' : 'mismatch';
    else if (el.getAttribute('aria-invalid') === 'true') status = 'invalid';
    else status = sameValue(step.field, el.value, step.value) ? 'filled' : 'mismatch';
    if (status === 'filled') markFilled(el);
    results.push({ ref: step.ref, field: step.field, status });
  }
  return results.sort((a, b) => a.ref - b.ref);
}
