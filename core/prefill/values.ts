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

/** "Anna Svensson" → Anna / Svensson; "Anna Maria Svensson" is left to the user (which is which?). */
export function splitName(full: string): { first: string; last: string } | undefined {
  const parts = full.trim().split(/\s+/);
  return parts.length === 2 ? { first: parts[0] as string, last: parts[1] as string } : undefined;
}

interface Person {
  name: string;
  firstName?: string;
  lastName?: string;
}

function nameValues(prefix: 'employee' | 'contact', p: Person): PrefillValues {
  const split = splitName(p.name);
  const first = p.firstName ?? split?.first;
  const last = p.lastName ?? split?.last;
  return {
    [`${prefix}.name`]: p.name,
    ...(first ? { [`${prefix}.firstName`]: first } : {}),
    ...(last ? { [`${prefix}.lastName`]: last } : {}),
  };
}

/**
 * What the application fields beyond FK's schema ask for: the names (split when the records say
 * how, or when the name splits unambiguously), the cost with and without VAT, and the first and
 * last date of the insatser FK takes part in when the application names no period.
 */
export function caseDetailValues(detail: {
  employee: Person;
  contact?: Person;
  /** The insatser FK takes part in: cost excluding VAT, and the VAT on it. */
  insatser: readonly { cost: number; vat?: number; startedOn: string; performedOn: string }[];
  period?: { from: string; to: string };
}): PrefillValues {
  const exVat = detail.insatser.reduce((sum, i) => sum + i.cost, 0);
  const vat = detail.insatser.reduce((sum, i) => sum + (i.vat ?? 0), 0);
  const from = detail.insatser.map((i) => i.startedOn).sort()[0];
  const to = detail.insatser
    .map((i) => i.performedOn)
    .sort()
    .at(-1);
  return {
    ...nameValues('employee', detail.employee),
    ...(detail.contact ? nameValues('contact', detail.contact) : {}),
    ...(detail.insatser.length > 0
      ? {
          'amount.exVat': formatWholeKronor(exVat),
          'amount.incVat': formatWholeKronor(exVat + vat),
        }
      : {}),
    ...(detail.period
      ? { 'period.from': detail.period.from, 'period.to': detail.period.to }
      : from && to
        ? { 'period.from': from, 'period.to': to }
        : {}),
  };
}
