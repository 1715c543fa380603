/**
 * The records provider staff keep in the extension (providers, employers, employees, insatser,
 * applications). Every import row, backup and form goes through these before it is stored.
 */
import * as z from 'zod/mini';
import {
  afaAgreement,
  amount,
  category,
  email,
  employeeGroup,
  err,
  fkKinds,
  isoDate,
  nonEmptyText,
  optionalText,
  phone,
  sector,
} from './common.ts';
import { organisationsnummer, personnummer } from './identity.ts';

const recordId = z.string(err('required')).check(z.minLength(1, err('id_empty')));

/** The staff's own organisation: the anordnare that did the work. */
export const ProviderSchema = z.object({
  id: recordId,
  name: nonEmptyText(200),
  organisationsnummer,
  /** On FK's list of approved providers (FK-PROVIDER). */
  fkApproved: z.boolean(err('wrong_type')),
  /** FK's reference for the approval, if the staff have one. */
  fkApprovalRef: optionalText(100),
  /** AFA-INVOICE: the provider's licence from IVO for addiction treatment, if it has one. */
  ivoLicence: optionalText(100),
});
export type Provider = z.output<typeof ProviderSchema>;

export const EmployerSchema = z.object({
  id: recordId,
  name: nonEmptyText(200),
  organisationsnummer,
  sector,
  afaAgreement,
  /** AFA-WHO: a collective agreement that covers salaried staff too. Absent: not known (false). */
  medarbetaravtal: z.optional(z.boolean(err('wrong_type'))),
  /** The VAT assumption: the employer deducts VAT. Absent: true (the contract's default). */
  deductsVat: z.optional(z.boolean(err('wrong_type'))),
  contact: z.optional(
    z.object({
      name: nonEmptyText(200),
      phone: z.optional(phone),
      email: z.optional(email),
    }),
  ),
});
export type Employer = z.output<typeof EmployerSchema>;

export const EmployeeSchema = z.object({
  id: recordId,
  employerId: recordId,
  /** The full name as written ("Förnamn Efternamn"); kept as the name shown everywhere. */
  name: nonEmptyText(200),
  /** Given and family name separately, for forms that ask for them apart. */
  firstName: z.optional(nonEmptyText(100)),
  lastName: z.optional(nonEmptyText(100)),
  personnummer,
  group: employeeGroup,
});
export type Employee = z.output<typeof EmployeeSchema>;

/** A position taken (ställningstagande) in an investigation, reported in form 7026. */
export const PositionSchema = z.object({ text: nonEmptyText(2000) });

export const InsatsSchema = z
  .object({
    id: recordId,
    employeeId: recordId,
    providerId: z.optional(recordId),
    category,
    /** The insats' name as on the invoice basis, e.g. "Stödsamtal", "Utreda arbetsförmåga". */
    name: nonEmptyText(200),
    kinds: fkKinds,
    startedOn: isoDate,
    performedOn: isoDate,
    performer: nonEmptyText(200),
    competence: nonEmptyText(200),
    /** Excluding VAT (the contract's `cost`). */
    cost: amount,
    /** The VAT on the cost; absent or 0 for VAT-exempt care. */
    vat: z.optional(amount),
    description: optionalText(4000),
    /** Positions taken, for investigations (FK-7026). */
    positions: z.optional(z.array(PositionSchema)),
    /** AFA-INVOICE: whether it was given digitally. */
    digital: z.optional(z.boolean(err('wrong_type'))),
    /** AFA-INVOICE: the planned end date of the treatment or course, where known. */
    plannedEndOn: z.optional(isoDate),
    /** AFA-INVOICE: the planned number of sessions (talk therapy). */
    plannedSessions: z.optional(
      z
        .number(err('sessions_invalid'))
        .check(z.int(err('sessions_invalid')), z.gte(1, err('sessions_invalid'))),
    ),
    /** AFA-INVOICE: the reference number, which must also be on the invoice. */
    afaReference: optionalText(100),
    /** AFA-INVOICE: what a course covers. */
    courseContent: optionalText(4000),
  })
  .check(
    z.superRefine((insats, ctx) => {
      if (insats.startedOn > insats.performedOn) {
        ctx.issues.push({
          code: 'custom',
          message: 'started_after_performed',
          path: ['startedOn'],
          input: insats.startedOn,
        });
      }
    }),
  );
export type Insats = z.output<typeof InsatsSchema>;

export const APPLICATION_STATUSES = [
  'utkast',
  'inskickad',
  'beviljad',
  'avslagen',
  'utbetald',
] as const;
export const ApplicationSchema = z.object({
  id: recordId,
  payer: z.enum(['fk', 'afa'], err('unknown_value')),
  employerId: recordId,
  employeeId: recordId,
  insatsIds: z.array(recordId).check(z.minLength(1, err('insatser_empty'))),
  year: z
    .number(err('year_invalid'))
    .check(z.int(), z.gte(2000, err('year_invalid')), z.lte(2100, err('year_invalid'))),
  status: z.enum(APPLICATION_STATUSES, err('unknown_value')),
  /** Amount applied for, in kronor. */
  amount,
  submittedOn: z.optional(isoDate),
  decidedOn: z.optional(isoDate),
  reference: optionalText(100),
});
export type Application = z.output<typeof ApplicationSchema>;
