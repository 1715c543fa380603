/**
 * Reads the fields on the e-service page into descriptions (core/prefill/fields.ts): the label's
 * own text, the fieldset's legend, type, name and id, current value and whether the field may be
 * touched at all. Reads only; never writes.
 */
import type { Blocked, Control, FieldDescription } from '../../core/prefill/fields.ts';

export interface Collected {
  descriptions: FieldDescription[];
  /** `elements[d.ref]` is the element `d` describes. */
  elements: HTMLInputElement[];
}

/** FKUI puts the format hint and the error message inside the label: they are not its name. */
const NOT_THE_NAME = '.label__description, .label__message, .sr-only, input, select, textarea';

/** The text of an element, without its hints, error texts and nested controls. */
export function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !node.matches(NOT_THE_NAME)) text += ` ${ownText(node)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function labelOf(el: HTMLInputElement): string {
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id))
      .filter((e): e is HTMLElement => e !== null)
      .map(ownText)
      .join(' ')
      .trim();
    if (text) return text;
  }
  const fromLabels = [...(el.labels ?? [])].map(ownText).join(' ').trim();
  if (fromLabels) return fromLabels;
  return (el.getAttribute('aria-label') ?? '').trim();
}

function controlOf(el: HTMLInputElement): Control | undefined {
  if (el.tagName === 'TEXTAREA') return 'text';
  if (el.tagName === 'SELECT') return 'select';
  switch (el.type) {
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

/** Off screen: the page hid it by position (a classic trap for autofill). */
function offscreen(rect: DOMRect, doc: Document): boolean {
  const width = doc.documentElement.scrollWidth;
  const height = doc.documentElement.scrollHeight;
  return rect.right <= 0 || rect.bottom <= 0 || rect.left >= width || rect.top >= height;
}

export function blockedState(el: HTMLInputElement, control: Control): Blocked | undefined {
  if (el.disabled) return 'disabled';
  if (el.readOnly) return 'readonly';
  if (el.closest('[aria-disabled="true"]')) return 'aria-disabled';
  // FKUI draws its own checkboxes and radios and hides the native box: judge those by the label.
  const seen: Element =
    (control === 'checkbox' || control === 'radio') && el.labels?.[0] ? el.labels[0] : el;
  if (
    typeof seen.checkVisibility === 'function' &&
    !seen.checkVisibility({ checkVisibilityCSS: true, opacityProperty: seen === el })
  ) {
    return 'hidden';
  }
  const rect = seen.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return 'hidden';
  if (offscreen(rect, el.ownerDocument)) return 'offscreen';
  return undefined;
}

export function collectFields(doc: Document): Collected {
  const descriptions: FieldDescription[] = [];
  const elements: HTMLInputElement[] = [];
  for (const el of doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    const control = controlOf(el);
    if (!control) continue;
    // The panel is ours, not the e-service's.
    if (el.closest('[data-stodkollen-ui]')) continue;
    const fieldset = el.closest('fieldset');
    const legend = fieldset?.querySelector('legend');
    const blocked = blockedState(el, control);
    const ref = elements.length;
    elements.push(el);
    descriptions.push({
      ref,
      control,
      type: el.tagName === 'INPUT' ? el.type.toLowerCase() : el.tagName.toLowerCase(),
      label: labelOf(el),
      placeholder: el.getAttribute('placeholder') ?? '',
      legend: legend ? ownText(legend) : '',
      name: el.getAttribute('name') ?? '',
      id: el.id,
      group: fieldset?.id || el.getAttribute('name') || '',
      value: control === 'text' || control === 'select' ? el.value : '',
      checked: control === 'checkbox' || control === 'radio' ? el.checked : false,
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
    .join('|');
}
