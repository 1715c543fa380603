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
  'kinds',
  'periodChoice',
  'year',
  'period.from',
  'period.to',
  'amount',
  'attachment',
  'contact.name',
  'contact.phone',
  'contact.email',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** The kind of control, as the collector reads it from the element. */
export type Control = 'text' | 'checkbox' | 'radio' | 'file' | 'select' | 'other';

/** Why a field cannot be touched at all, whatever it is called. */
export type Blocked = 'hidden' | 'offscreen' | 'disabled' | 'readonly' | 'aria-disabled';

export interface FieldDescription {
  /** Stable within one collection: the collector's index of the element. */
  ref: number;
  control: Control;
  /** The `type` attribute, lower case (`text`, `email`, `tel`, `checkbox`…). */
  type: string;
  /** The label's own text (not its format hint or error text), `aria-labelledby` or `aria-label`. */
  label: string;
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
