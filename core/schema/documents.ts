/**
 * The documents FK asks for: the provider's report (form 7026, FK-7026), the invoice basis
 * (FK-INVOICE, AFA-INVOICE) and the fields of the employer's application (form 7025 / the
 * e-service).
 */
import * as z from 'zod/mini';
import {
  amount,
  category,
  email,
  err,
  fkKinds,
  isoDate,
  nonEmptyText,
  optionalText,
  phone,
} from './common.ts';
import { organisationsnummer, personnummer } from './identity.ts';

/** FK-7026: one report per employee; never about a group (FK-INDIVIDUAL). */
export const Report7026Schema = z.object({
  concerns: z.object({ name: nonEmptyText(200), personnummer }),
  provider: z.object({
    name: nonEmptyText(200),
    organisationsnummer,
    fkApproved: z.boolean(err('wrong_type')),
  }),
  employer: z.object({ name: nonEmptyText(200), organisationsnummer }),
  insatser: z
    .array(
      z.object({
        performedOn: isoDate,
        startedOn: isoDate,
        name: nonEmptyText(200),
        category,
        kinds: fkKinds,
        performer: nonEmptyText(200),
        competence: nonEmptyText(200),
        cost: amount,
        description: optionalText(4000),
        /** Ställningstaganden: required content when the insats was an investigation. */
        positions: z.optional(z.array(nonEmptyText(2000))),
      }),
    )
    .check(z.minLength(1, err('insatser_empty'))),
  writtenOn: isoDate,
});
export type Report7026 = z.output<typeof Report7026Schema>;

/** FK-INVOICE and AFA-INVOICE: one employee, one row per insats and date. */
export const InvoiceBasisSchema = z.object({
  employee: z.object({ name: nonEmptyText(200), personnummer }),
  provider: z.object({
    name: nonEmptyText(200),
    organisationsnummer,
    ivoLicence: optionalText(100),
  }),
  employer: z.object({ name: nonEmptyText(200), organisationsnummer }),
  rows: z
    .array(
      z.object({
        insatsId: nonEmptyText(200),
        performedOn: isoDate,
        startedOn: isoDate,
        name: nonEmptyText(200),
        performer: nonEmptyText(200),
        competence: nonEmptyText(200),
        digital: z.optional(z.boolean(err('wrong_type'))),
        /** What the employer bore (FK basis) or the cost excluding VAT (Afa basis). */
        cost: amount,
        vat: z.optional(amount),
        fk: amount,
        afa: amount,
        employerPays: amount,
        plannedEndOn: z.optional(isoDate),
        plannedSessions: z.optional(z.number(err('amount_not_number'))),
        afaReference: optionalText(100),
        courseContent: optionalText(4000),
      }),
    )
    .check(z.minLength(1, err('insatser_empty'))),
});
export type InvoiceBasis = z.output<typeof InvoiceBasisSchema>;

/**
 * The employer's application to FK (form 7025 / the e-service): the values the extension fills.
 * `amount` is what the employer paid the provider, in whole kronor as the e-service expects.
 */
export const FkApplicationSchema = z.object({
  employer: z.object({ organisationsnummer, name: nonEmptyText(200) }),
  provider: z.object({ organisationsnummer, name: nonEmptyText(200) }),
  employee: z.object({ personnummer }),
  kinds: fkKinds,
  year: z
    .number(err('year_invalid'))
    .check(z.int(), z.gte(2000, err('year_invalid')), z.lte(2100, err('year_invalid'))),
  period: z.optional(z.object({ from: isoDate, to: isoDate })),
  amount,
  /** FK's part, for the consistency check before filling. */
  expectedGrant: z.optional(amount),
  attachmentName: optionalText(200),
  contact: z.object({ name: nonEmptyText(200), phone, email }),
});
export type FkApplication = z.output<typeof FkApplicationSchema>;
