/**
 * Swedish identifiers, validated and normalised through the `personnummer` and `organisationsnummer`
 * packages (rules.md, "Identifiers"): never by hand.
 */
import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';

export type IdResult =
  | {
      ok: true;
      normalized: string;
      kind: 'personnummer' | 'samordningsnummer' | 'organisationsnummer';
    }
  | { ok: false };

/** Digits, an optional `-` or `+` before the last four; spaces are tolerated and dropped. */
function clean(input: string): string {
  return input.trim().replace(/\s+/g, '');
}

/**
 * A personnummer or samordningsnummer (day + 60), 10 or 12 digits, normalised to the 12-digit
 * form `YYYYMMDD-XXXX` that FK's e-service and form 7026 use.
 */
export function parsePersonnummer(input: string): IdResult {
  const value = clean(input);
  if (!/^(\d{2})?\d{6}[-+]?\d{4}$/.test(value)) return { ok: false };
  try {
    if (!Personnummer.valid(value, { allowCoordinationNumber: true, allowInterimNumber: false })) {
      return { ok: false };
    }
    const pnr = Personnummer.parse(value, {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
    const long = pnr.format(true);
    return {
      ok: true,
      normalized: `${long.slice(0, 8)}-${long.slice(8)}`,
      kind: pnr.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer',
    };
  } catch {
    return { ok: false };
  }
}

/** An organisationsnummer (or a sole trader's personnummer), normalised to `NNNNNN-NNNN`. */
export function parseOrganisationsnummer(input: string): IdResult {
  const value = clean(input);
  if (!/^(\d{2})?\d{6}-?\d{4}$/.test(value)) return { ok: false };
  try {
    if (!Organisationsnummer.valid(value)) return { ok: false };
    const org = Organisationsnummer.parse(value);
    return { ok: true, normalized: org.format(true), kind: 'organisationsnummer' };
  } catch {
    return { ok: false };
  }
}
