/**
 * Values compared as the e-service means them, not as it displays them: FKUI reformats valid input
 * (a personnummer of someone born 1912 shows as `121212+1212`, an amount as `12 345`).
 */
import type { ApplicationField } from './fields.ts';

const digits = (s: string) => s.replace(/\D/g, '');

export function normalise(field: ApplicationField, value: string): string {
  const v = value.trim();
  switch (field) {
    case 'employee.personnummer':
    case 'employer.organisationsnummer':
    case 'provider.organisationsnummer':
      // The 10-digit form: century digits are not always shown.
      return digits(v).slice(-10);
    case 'amount': {
      // "12 345", "12345 kr", "12 345,00": whole kronor.
      const whole = v.replace(/[,.]00?\s*(kr)?$/i, '');
      return digits(whole);
    }
    case 'year':
    case 'period.from':
    case 'period.to':
      return digits(v);
    case 'contact.phone':
      return v.replace(/[^\d+]/g, '');
    case 'contact.email':
      return v.toLowerCase();
    default:
      return v.replace(/\s+/g, ' ').toLowerCase();
  }
}

export function sameValue(field: ApplicationField, a: string, b: string): boolean {
  return normalise(field, a) === normalise(field, b);
}
