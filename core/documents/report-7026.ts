/**
 * FK-7026: the provider's written report about one employee, filled from the records. Missing
 * required data comes back as a list, so that nothing is printed blank without the user knowing.
 */

import type { IsoDate } from '../i18n/dates.ts';
import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { fieldError, recordIssuesToErrors } from '../import/field-error.ts';
import { CATEGORIES } from '../rules/categories.ts';
import { type Report7026, Report7026Schema } from '../schema/documents.ts';
import type { FieldError } from '../schema/errors.ts';
import type { Insats } from '../schema/records.ts';
import { type EmployeeCase, providerOf } from './employee-case.ts';

export interface Report7026Result {
  /** The report, when every required field is there. */
  report?: Report7026;
  /** Fields that must be filled in before the report can be printed. */
  missing: FieldError[];
  /** The insatser the report covers: FK-eligible ones, by date carried out. */
  insatser: Insats[];
}

/** An investigation must report its positions taken (FK-7026). */
export function needsPositions(insats: Insats): boolean {
  return insats.category === 'utredning' || insats.kinds.includes('utreda');
}

/**
 * The report for one employee. Covers the insatser FK can pay for (the report is FK's), of one
 * year when `year` is given.
 */
export function build7026Report(
  c: EmployeeCase,
  writtenOn: IsoDate,
  { year }: { year?: number } = {},
): Report7026Result {
  const insatser = c.insatser
    .filter((i) => CATEGORIES[i.category].fk)
    .filter((i) => year === undefined || i.performedOn.startsWith(String(year)))
    .sort((a, b) => (a.performedOn < b.performedOn ? -1 : a.performedOn > b.performedOn ? 1 : 0));
  const provider = providerOf(c);
  const missing: FieldError[] = [];
  if (!provider) {
    missing.push(
      fieldError(
        'provider',
        { sv: 'Anordnare', en: 'Provider' },
        RECORDS_MESSAGES.provider_missing,
      ),
    );
  }
  insatser.forEach((insats, i) => {
    if (needsPositions(insats) && !(insats.positions && insats.positions.length > 0)) {
      missing.push(
        fieldError(
          `insatser.${i}.positions`,
          {
            sv: `${insats.name} (${insats.performedOn}), Ställningstaganden`,
            en: `${insats.name} (${insats.performedOn}), Positions taken`,
          },
          RECORDS_MESSAGES.positions_missing,
        ),
      );
    }
  });
  const candidate = {
    concerns: { name: c.employee.name, personnummer: c.employee.personnummer },
    provider: provider
      ? {
          name: provider.name,
          organisationsnummer: provider.organisationsnummer,
          fkApproved: provider.fkApproved,
        }
      : undefined,
    employer: { name: c.employer.name, organisationsnummer: c.employer.organisationsnummer },
    insatser: insatser.map((i) => ({
      performedOn: i.performedOn,
      startedOn: i.startedOn,
      name: i.name,
      category: i.category,
      kinds: i.kinds,
      performer: i.performer,
      competence: i.competence,
      cost: i.cost,
      ...(i.description ? { description: i.description } : {}),
      ...(i.positions ? { positions: i.positions.map((p) => p.text) } : {}),
    })),
    writtenOn,
  };
  const result = Report7026Schema.safeParse(candidate);
  if (!result.success) {
    const schemaErrors = recordIssuesToErrors(result.error.issues).filter(
      (e) => !(provider === undefined && e.path.startsWith('provider')),
    );
    missing.push(...schemaErrors);
  }
  return result.success && missing.length === 0
    ? { report: result.data, missing, insatser }
    : { missing, insatser };
}
