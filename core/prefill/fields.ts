/**
 * The application's fields as the prefill sees them, and the description of one field on an
 * e-service page. The content script describes each field once (extension/prefill/collect.ts);
 * every later step (matching, deciding, filling, reporting) works on that description.
 */
import type { FkKind } from '../rules/categories.ts';

export const APPLICATION_FIELDS = [
  'employer.organisationsnummer',
  'employer.name',
  'provider.organisationsnummer',
  'provider.name',
  'employee.personnummer',
  'employee.name',
  'employee.firstName',
  'employee.lastName',
  'kinds',
  'periodChoice',
  'year',
  'period.from',
  'period.to',
  'amount',
  'amount.exVat',
  'amount.incVat',
  'attachment',
  'contact.name',
  'contact.firstName',
  'contact.lastName',
  'contact.phone',
  'contact.email',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** The kind of control, as the collector reads it from the element. */
export type Control = 'text' | 'checkbox' | 'radio' | 'file' | 'select' | 'other';

/**
 * Why a field cannot be touched at all, whatever it is called. `hidden` covers every way a page
 * can keep a field from a person's eyes (clipped, tiny, transparent, text in the background's
 * colour); `covered` is another element drawn over its centre; `label_unreadable` is a label whose
 * rendered text differs from its DOM text (CSS `content`).
 */
export type Blocked =
  | 'hidden'
  | 'offscreen'
  | 'covered'
  | 'inert'
  | 'disabled'
  | 'readonly'
  | 'aria-disabled'
  | 'label_unreadable';

/** One option of a `<select>`, as a person reads it. */
export interface SelectOption {
  value: string;
  text: string;
}

/** Bounds of a description, so that a hostile page cannot flood matching or messages. */
export const DESCRIPTION_LIMITS = { text: 300, options: 200 } as const;

export interface FieldDescription {
  /** Stable within one collection: the collector's index of the element. */
  ref: number;
  control: Control;
  /** The `type` attribute, lower case (`text`, `email`, `tel`, `checkbox`…). */
  type: string;
  /**
   * The label's rendered text (not its format hint or error text), from `<label>` or
   * `aria-labelledby`; hidden parts are left out. Never `aria-label`: a person cannot read it.
   */
  label: string;
  /** `aria-label`, kept apart: a field named only by it is too weak to fill. */
  ariaLabel?: string;
  /** The format hint FKUI shows with the label ("(ÅÅÅÅ-MM-DD)"), rendered text only. */
  hint?: string;
  /** The nearest heading above the field in its step: whose it is when label and legend are silent. */
  heading?: string;
  /** A `<select>`'s options, without the empty "Välj" one. */
  options?: SelectOption[];
  /** Placeholder, when there is one. */
  placeholder: string;
  /** The legend of the nearest fieldset: whose the field is when the label does not say. */
  legend: string;
  /** `name` and `id` attributes, as weak hints. */
  name: string;
  id: string;
  /** Key of the group a checkbox or radio belongs to (its fieldset, or its name). */
  group: string;
  /** Current value (text) or checked state (checkbox, radio). */
  value: string;
  checked: boolean;
  /** Set when the field must not be touched. */
  blocked?: Blocked;
}

/** What the case holds for each field, already in the form the e-service expects. */
export type PrefillValues = Partial<Record<Exclude<ApplicationField, 'kinds'>, string>> & {
  kinds?: FkKind[];
};
