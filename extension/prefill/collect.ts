/**
 * Reads the fields on the e-service page into descriptions (core/prefill/fields.ts): the label as
 * a person reads it, the fieldset's legend and the step's heading, the format hint, type, current
 * value, a select's options, and whether a person can see and use the field at all. Reads only.
 */
import {
  type Blocked,
  type Control,
  DESCRIPTION_LIMITS,
  type FieldDescription,
  type SelectOption,
} from '../../core/prefill/fields.ts';
import { isOurs } from './ours.ts';
import { hasGeneratedText, textUnreadable, unseen } from './visibility.ts';

export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Collected {
  descriptions: FieldDescription[];
  /** `elements[d.ref]` is the element `d` describes. */
  elements: Field[];
}

/** FKUI puts the format hint and the error message inside the label: they are not its name. */
const NOT_THE_NAME = '.label__description, .label__message, .sr-only, input, select, textarea';
const HINT = '.label__description';
/** Text smaller than this (CSS px) is not read by anyone. */
const MIN_FONT = 6;

const clip = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, DESCRIPTION_LIMITS.text);

interface Reading {
  text: string;
  /** The element draws text that is not in the DOM (CSS `content`). */
  generated: boolean;
}

/** An element a person cannot read, so its text is not part of the label they see. */
function unreadableElement(el: Element, win: Window): boolean {
  const style = win.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  if (Number.parseFloat(style.fontSize) < MIN_FONT) return true;
  if (Number.parseFloat(style.opacity || '1') < 0.15) return true;
  const clipPath = style.clipPath || style.getPropertyValue('clip-path');
  if (clipPath && clipPath !== 'none') return true;
  if (style.clip && style.clip !== 'auto' && style.position === 'absolute') return true;
  const rect = el.getBoundingClientRect();
  if ((rect.width < 2 || rect.height < 2) && (rect.width > 0 || rect.height > 0)) return true;
  // Moved off the page (the "visually hidden" pattern): read by no one looking at the screen.
  if (rect.width > 0 && (rect.right + win.scrollX <= 0 || rect.bottom + win.scrollY <= 0)) {
    return true;
  }
  return textUnreadable(el, win);
}

function read(el: Element, skip: string, win: Window, out: Reading): void {
  if (hasGeneratedText(el, win)) out.generated = true;
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.text += node.textContent ?? '';
    else if (node instanceof Element && !node.matches(skip) && !unreadableElement(node, win)) {
      out.text += ' ';
      read(node, skip, win, out);
      out.text += ' ';
    }
  }
}

/** The text of an element as rendered, without its hints, error texts and nested controls. */
export function ownText(el: Element): string {
  return renderedText(el).text;
}

export function renderedText(el: Element, skip = NOT_THE_NAME): Reading {
  const win = el.ownerDocument.defaultView as Window;
  const out: Reading = { text: '', generated: false };
  if (!unreadableElement(el, win)) read(el, skip, win, out);
  return { text: clip(out.text), generated: out.generated };
}

function labelOf(el: Field): Reading {
  const doc = el.ownerDocument;
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) {
    const parts = labelled
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((e): e is HTMLElement => e !== null)
      .map((e) => renderedText(e));
    const text = clip(parts.map((p) => p.text).join(' '));
    // Pointing at text nobody sees names nothing: fall back to the <label>, never to aria-label.
    if (text) return { text, generated: parts.some((p) => p.generated) };
  }
  const parts = [...(el.labels ?? [])].map((l) => renderedText(l));
  return {
    text: clip(parts.map((p) => p.text).join(' ')),
    generated: parts.some((p) => p.generated),
  };
}

function hintOf(el: Field): string {
  return clip(
    [...(el.labels ?? [])]
      .flatMap((l) => [...l.querySelectorAll(HINT)])
      .map((h) => renderedText(h, '.sr-only, input, select, textarea').text)
      .join(' '),
  );
}

function controlOf(el: Field): Control | undefined {
  if (el.tagName === 'TEXTAREA') return 'text';
  if (el.tagName === 'SELECT') return 'select';
  switch ((el as HTMLInputElement).type) {
    case 'checkbox':
      return 'checkbox';
    case 'radio':
      return 'radio';
    case 'file':
      return 'file';
    case 'hidden':
    case 'button':
    case 'submit':
    case 'reset':
    case 'image':
      return undefined;
    default:
      return 'text';
  }
}

/**
 * Why the field must not be touched, or undefined. `checkCentre` adds the test that nothing is
 * drawn over it (done right before writing, when the field has been scrolled into view).
 */
export function blockedState(
  el: Field,
  control: Control,
  checkCentre = false,
): Blocked | undefined {
  if (el.disabled) return 'disabled';
  if ((el as HTMLInputElement).readOnly) return 'readonly';
  if (el.closest('[aria-disabled="true"]')) return 'aria-disabled';
  const win = el.ownerDocument.defaultView as Window;
  // FKUI draws its own boxes, radios and file buttons and hides the native input: judge the label.
  const drawn = control === 'checkbox' || control === 'radio' || control === 'file';
  const label = el.labels?.[0];
  const seen: Element = drawn && label && unseen(el, win, false) ? label : el;
  // FKUI's file button is an aria-hidden label for the labelled input; nothing is ever written
  // into a file input, so a button a person sees is enough to name the file to attach.
  const why = unseen(seen, win, checkCentre, !(control === 'file' && seen !== el));
  if (why) return why;
  if (seen !== el && el.closest('[inert]')) return 'inert';
  if ((control === 'text' || control === 'select') && textUnreadable(el, win)) return 'hidden';
  if (drawn && seen !== el && textUnreadable(seen, win)) return 'hidden';
  return undefined;
}

function optionsOf(el: Field): SelectOption[] | undefined {
  if (!(el instanceof HTMLSelectElement)) return undefined;
  return [...el.options]
    .filter((o) => !o.hidden && !o.disabled && o.value !== '')
    .slice(0, DESCRIPTION_LIMITS.options)
    .map((o) => ({ value: o.value.slice(0, DESCRIPTION_LIMITS.text), text: clip(o.text) }));
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The nearest heading a person sees above the field. */
function headingBefore(el: Element, headings: readonly Element[]): string {
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i] as Element;
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
      return renderedText(h).text;
  }
  return '';
}

export function collectFields(doc: Document): Collected {
  const descriptions: FieldDescription[] = [];
  const elements: Field[] = [];
  const headings = [...doc.querySelectorAll(HEADINGS)].filter((h) => !isOurs(h));
  for (const el of doc.querySelectorAll<Field>('input, select, textarea')) {
    const control = controlOf(el);
    if (!control) continue;
    // The cue is ours, not the e-service's.
    if (isOurs(el)) continue;
    const fieldset = el.closest('fieldset');
    const legend = fieldset?.querySelector('legend');
    const label = labelOf(el);
    // Covering is tested here too where the field is in view; the filler tests it again.
    const blocked: Blocked | undefined =
      blockedState(el, control, true) ?? (label.generated ? 'label_unreadable' : undefined);
    const ref = elements.length;
    elements.push(el);
    const options = optionsOf(el);
    const hint = hintOf(el);
    const heading = headingBefore(el, headings);
    const ariaLabel = clip(el.getAttribute('aria-label') ?? '');
    descriptions.push({
      ref,
      control,
      type:
        el.tagName === 'INPUT'
          ? (el as HTMLInputElement).type.toLowerCase()
          : el.tagName.toLowerCase(),
      label: label.text,
      ...(ariaLabel ? { ariaLabel } : {}),
      ...(hint ? { hint } : {}),
      ...(heading ? { heading } : {}),
      ...(options ? { options } : {}),
      placeholder: clip(el.getAttribute('placeholder') ?? ''),
      legend: legend ? renderedText(legend).text : '',
      name: clip(el.getAttribute('name') ?? ''),
      id: clip(el.id),
      group: clip(fieldset?.id || el.getAttribute('name') || ''),
      value: control === 'text' || control === 'select' ? el.value.slice(0, 1000) : '',
      checked:
        control === 'checkbox' || control === 'radio' ? (el as HTMLInputElement).checked : false,
      ...(blocked ? { blocked } : {}),
    });
  }
  return { descriptions, elements };
}

/** Which fields are on screen and usable: changes when the SPA shows another step. */
export function stepSignature(descriptions: readonly FieldDescription[]): string {
  return descriptions
    .filter((d) => !d.blocked)
    .map((d) => `${d.control}:${d.label}`)
    .join('|')
    .slice(0, 20_000);
}
