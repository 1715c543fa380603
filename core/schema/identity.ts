/**
 * Identifier schemas, apart from the other building blocks so that a surface that never takes a
 * personnummer (the widget) does not ship the `personnummer` and `organisationsnummer` packages.
 */
import * as z from 'zod/mini';
import { parseOrganisationsnummer, parsePersonnummer } from '../ids/index.ts';
import { err } from './common.ts';

/**
 * The check and the normalisation below read the same string one after the other: the last parse
 * is kept for the second, so that a batch of thousands of documents parses each identifier once.
 * One value only, the one just validated.
 */
function lastParse<R>(parse: (s: string) => R): (s: string) => R {
  let input: string | undefined;
  let result: R | undefined;
  return (s) => {
    if (s !== input) {
      result = parse(s);
      input = s;
    }
    return result as R;
  };
}
const parsedPersonnummer = lastParse(parsePersonnummer);
const parsedOrganisationsnummer = lastParse(parseOrganisationsnummer);

/** A personnummer or samordningsnummer, normalised to `YYYYMMDD-XXXX`. */
export const personnummer = z.pipe(
  z
    .string(err('personnummer_invalid'))
    .check(z.refine((s) => parsedPersonnummer(s).ok, err('personnummer_invalid'))),
  z.transform((s: string) => {
    const r = parsedPersonnummer(s);
    return r.ok ? r.normalized : s;
  }),
);

/** An organisationsnummer, normalised to `NNNNNN-NNNN`. */
export const organisationsnummer = z.pipe(
  z
    .string(err('orgnr_invalid'))
    .check(z.refine((s) => parsedOrganisationsnummer(s).ok, err('orgnr_invalid'))),
  z.transform((s: string) => {
    const r = parsedOrganisationsnummer(s);
    return r.ok ? r.normalized : s;
  }),
);
