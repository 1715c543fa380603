/**
 * Identifier schemas, apart from the other building blocks so that a surface that never takes a
 * personnummer (the widget) does not ship the `personnummer` and `organisationsnummer` packages.
 */
import * as z from 'zod/mini';
import { parseOrganisationsnummer, parsePersonnummer } from '../ids/index.ts';
import { err } from './common.ts';

/** A personnummer or samordningsnummer, normalised to `YYYYMMDD-XXXX`. */
export const personnummer = z.pipe(
  z
    .string(err('personnummer_invalid'))
    .check(z.refine((s) => parsePersonnummer(s).ok, err('personnummer_invalid'))),
  z.transform((s: string) => {
    const r = parsePersonnummer(s);
    return r.ok ? r.normalized : s;
  }),
);

/** An organisationsnummer, normalised to `NNNNNN-NNNN`. */
export const organisationsnummer = z.pipe(
  z
    .string(err('orgnr_invalid'))
    .check(z.refine((s) => parseOrganisationsnummer(s).ok, err('orgnr_invalid'))),
  z.transform((s: string) => {
    const r = parseOrganisationsnummer(s);
    return r.ok ? r.normalized : s;
  }),
);
