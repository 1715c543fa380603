/**
 * From the records to the application FK's e-service asks for, with the checks that must pass
 * before anything is filled: valid identifiers, an FK-approved provider, and an amount that
 * matches the records' split for FK (computed by estimateSplit, never by hand).
 */
import type { EmployeeCase } from '../documents/employee-case.ts';
import {
  type EmployeeSplits,
  employeeSplits,
  fkClaim,
  splitTotals,
} from '../documents/employee-split.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { yearOf } from '../i18n/dates.ts';
import type { Bilingual } from '../i18n/format.ts';
import { formatKronor } from '../i18n/format.ts';
import { amountMismatch, CASE_PROBLEMS } from '../i18n/messages-prefill.ts';
import {
  type ApprovedProviderList,
  approvalStatus,
  describeApproval,
  listInForce,
} from '../import/approved-providers.ts';
import type { FkKind } from '../rules/categories.ts';
import type { FkApplication } from '../schema/documents.ts';
import { FkApplicationSchema } from '../schema/documents.ts';
import { validate } from '../schema/errors.ts';
import type { Application, Employee, Employer, Insats, Provider } from '../schema/records.ts';
import type { PrefillValues } from './fields.ts';
import { caseDetailValues, prefillValues } from './values.ts';

export interface PrefillCase {
  provider: Provider;
  employer: Employer;
  employee: Employee;
  insatser: Insats[];
  /** A saved application, when the user chose one: its year and amount are checked. */
  application?: Application;
  /** The invoice-basis file the user should attach. */
  attachmentName?: string;
  /**
   * The employer's other employees, so that the split counts what they used of the employer's
   * yearly cap (core/documents/employee-split.ts), as the dashboard does. None: nothing used.
   */
  colleagues?: readonly EmployeeCase[];
  /** All of the employee's insatser (the chosen ones by default): they share the employee's cap. */
  employeeInsatser?: readonly Insats[];
  /** FK's lists of approved providers the user imported, if any (FK-PROVIDER). */
  approvedLists?: readonly ApprovedProviderList[];
}

/** The employee's split per year for a prefill case: the same function every surface calls. */
export function caseSplits(c: PrefillCase, asOf: IsoDate): EmployeeSplits {
  const own: EmployeeCase = {
    employer: c.employer,
    employee: c.employee,
    providers: [c.provider],
    insatser: [...(c.employeeInsatser ?? c.insatser)],
    applications: [],
  };
  const others = (c.colleagues ?? []).filter((x) => x.employee.id !== c.employee.id);
  return employeeSplits([...others, own], c.employee.id, asOf);
}

export interface CaseProblem extends Bilingual {
  /** `stop`: nothing is filled until it is fixed. `warn`: filled, with the warning shown. */
  severity: 'stop' | 'warn';
}

export interface CaseCheck {
  application?: FkApplication;
  /** What the e-service gets, formatted; absent when a problem stops the fill. */
  values?: PrefillValues;
  problems: CaseProblem[];
  /** FK's part by the records' split, in kronor. */
  fkGrant: number;
}

const stop = (text: Bilingual): CaseProblem => ({ ...text, severity: 'stop' });
const warn = (text: Bilingual): CaseProblem => ({ ...text, severity: 'warn' });

export function checkCase(c: PrefillCase, asOf: IsoDate): CaseCheck {
  const problems: CaseProblem[] = [];
  if (c.insatser.length === 0) return { problems: [stop(CASE_PROBLEMS.no_insatser)], fkGrant: 0 };
  if (!c.provider.fkApproved) problems.push(stop(CASE_PROBLEMS.provider_not_approved));
  // FK-PROVIDER: the provider is not on the imported list in force when the work was done.
  const latest = c.insatser.reduce((m, i) => (i.performedOn > m ? i.performedOn : m), '0000');
  const list = c.approvedLists?.length ? listInForce(c.approvedLists, latest) : undefined;
  const listed = approvalStatus(list, c.provider.organisationsnummer);
  if (c.provider.fkApproved && listed.status === 'not-listed') {
    problems.push(warn(describeApproval(listed)));
  }

  const years = new Set(c.insatser.map((i) => yearOf(i.performedOn)));
  const year = c.application?.year ?? (years.size === 1 ? [...years][0] : undefined);
  if (years.size > 1 || (year !== undefined && !years.has(year))) {
    problems.push(stop(CASE_PROBLEMS.several_years));
  }

  const splits = caseSplits(c, asOf);
  const ids = c.insatser.map((i) => i.id);
  const fkGrant = splitTotals(splits, ids).fk;
  if (c.provider.fkApproved && fkGrant === 0) problems.push(stop(CASE_PROBLEMS.no_fk_grant));
  if (c.application && c.application.payer === 'fk' && c.application.amount !== fkGrant) {
    problems.push(warn(amountMismatch(formatKronor(c.application.amount), formatKronor(fkGrant))));
  }

  // What the employer paid (bore) for the insatser FK takes part in; Afa-only costs stay out.
  const claim = fkClaim(splits, ids);
  const paid = claim.totals.cost;
  if (!Number.isInteger(paid)) problems.push(warn(CASE_PROBLEMS.amount_rounded));
  const kinds = [...new Set(c.insatser.flatMap((i) => i.kinds))] as FkKind[];

  const contact = c.employer.contact;
  const hasContact = Boolean(contact?.name && contact.phone && contact.email);
  if (!hasContact) problems.push(warn(CASE_PROBLEMS.no_contact));

  const candidate = {
    employer: { organisationsnummer: c.employer.organisationsnummer, name: c.employer.name },
    provider: { organisationsnummer: c.provider.organisationsnummer, name: c.provider.name },
    employee: { personnummer: c.employee.personnummer },
    kinds,
    year: year ?? [...years][0] ?? 0,
    amount: Math.round(paid),
    expectedGrant: fkGrant,
    attachmentName: c.attachmentName,
    contact: hasContact
      ? { name: contact?.name, phone: contact?.phone, email: contact?.email }
      : // Placeholders that pass the schema; the contact fields are then left to the user.
        { name: '-', phone: '000000', email: 'saknas@example.invalid' },
  };
  const result = validate(FkApplicationSchema, candidate);
  if (!result.ok) {
    for (const e of result.errors) problems.push(stop({ sv: e.sv, en: e.en }));
    return { problems, fkGrant };
  }
  const fkIds = new Set(claim.insatsIds);
  const values = {
    ...prefillValues(result.data),
    ...caseDetailValues({
      employee: c.employee,
      ...(hasContact && contact ? { contact } : {}),
      insatser: c.insatser.filter((i) => fkIds.has(i.id)),
      ...(result.data.period ? { period: result.data.period } : {}),
    }),
  };
  if (!hasContact) {
    delete values['contact.name'];
    delete values['contact.phone'];
    delete values['contact.email'];
  }
  return { application: result.data, values, problems, fkGrant };
}

/** Whether the case may be filled: no problem that stops it. */
export function mayFill(check: CaseCheck): check is CaseCheck & { values: PrefillValues } {
  return check.values !== undefined && check.problems.every((p) => p.severity === 'warn');
}
