/** The case's values in the form the e-service expects: whole kronor in Swedish format, ISO dates. */
import type { FkApplication } from '../schema/documents.ts';
import type { ApplicationField, PrefillValues } from './fields.ts';

let wholeKronor: Intl.NumberFormat | undefined;

/** `12345` → `12 345` (sv-SE grouping, no currency sign: the field says kronor already). */
export function formatWholeKronor(amount: number): string {
  wholeKronor ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
  return wholeKronor.format(Math.round(amount));
}

export function prefillValues(app: FkApplication): PrefillValues {
  return {
    'employer.organisationsnummer': app.employer.organisationsnummer,
    'employer.name': app.employer.name,
    'provider.organisationsnummer': app.provider.organisationsnummer,
    'provider.name': app.provider.name,
    'employee.personnummer': app.employee.personnummer,
    kinds: [...app.kinds],
    periodChoice: app.period ? 'period' : 'year',
    year: String(app.year),
    ...(app.period ? { 'period.from': app.period.from, 'period.to': app.period.to } : {}),
    amount: formatWholeKronor(app.amount),
    ...(app.attachmentName ? { attachment: app.attachmentName } : {}),
    'contact.name': app.contact.name,
    'contact.phone': app.contact.phone,
    'contact.email': app.contact.email,
  };
}

/** Only the values asked for: the content script never receives more than the step on screen. */
export function pickValues(
  values: PrefillValues,
  fields: readonly ApplicationField[],
): PrefillValues {
  const out: PrefillValues = {};
  for (const f of fields) {
    if (f === 'kinds') {
      if (values.kinds) out.kinds = [...values.kinds];
    } else if (values[f] !== undefined) {
      out[f] = values[f];
    }
  }
  return out;
}
