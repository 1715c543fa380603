/**
 * FK-INVOICE and AFA-INVOICE: the invoice bases (fakturaunderlag) for one employee, one row per
 * insats and date. The FK and Afa amounts come from the employee's split (employee-split.ts), so
 * they count what colleagues used of the employer's cap, as every other surface does.
 */

import { RECORDS_MESSAGES } from '../i18n/messages-records.ts';
import { fieldError, recordIssuesToErrors } from '../import/field-error.ts';
import type { CategoryId } from '../rules/categories.ts';
import { type InvoiceBasis, InvoiceBasisSchema } from '../schema/documents.ts';
import type { FieldError } from '../schema/errors.ts';
import type { Insats } from '../schema/records.ts';
import { type EmployeeCase, providerOf } from './employee-case.ts';
import { type EmployeeSplits, fkClaim, splitLines } from './employee-split.ts';

export interface InvoiceTotals {
  /** What the employer bore (VAT included only when it cannot deduct it). */
  cost: number;
  fk: number;
  afa: number;
  employerPays: number;
  /** VAT on the rows (shown, and said to be an assumption for FK, whenever it is not zero). */
  vat: number;
}

/**
 * The part of an FK invoice basis that an application to FK is about: the insatser FK pays a part
 * of (employee-split.ts, fkClaim), and their sums. The basis lists every insats of the employee;
 * this says which rows the application's cost is made of, so the two agree for a reader at FK.
 */
export interface FkClaimTotals {
  insatsIds: string[];
  /** What the application says the employer paid: the claim's rows' cost. */
  cost: number;
  fk: number;
  afa: number;
  employerPays: number;
}

export interface InvoiceBasisResult {
  basis?: InvoiceBasis;
  missing: FieldError[];
  totals: InvoiceTotals;
  /** Whether any row carries VAT that the employer cannot deduct (then part of `cost`). */
  vatIncluded: boolean;
  /** FK's basis only: which rows the application to FK is about, and their sums. */
  fkClaim?: FkClaimTotals;
}

const byDate = (a: Insats, b: Insats) =>
  a.performedOn < b.performedOn ? -1 : a.performedOn > b.performedOn ? 1 : 0;

const sumOre = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0) / 100;

/** The FK invoice basis for the employee's insatser (of one year when `year` is given). */
export function buildInvoiceBasis(
  c: EmployeeCase,
  splits: EmployeeSplits,
  { year }: { year?: number } = {},
): InvoiceBasisResult {
  const insatser = c.insatser
    .filter((i) => year === undefined || i.performedOn.startsWith(String(year)))
    .sort(byDate);
  const claim = fkClaim(
    splits,
    insatser.map((i) => i.id),
  );
  return {
    ...basisFor(c, splits, insatser),
    fkClaim: {
      insatsIds: claim.insatsIds,
      cost: claim.totals.cost,
      fk: claim.totals.fk,
      afa: claim.totals.afa,
      employerPays: claim.totals.employer,
    },
  };
}

function basisFor(
  c: EmployeeCase,
  splits: EmployeeSplits,
  insatser: Insats[],
  extraMissing: FieldError[] = [],
): InvoiceBasisResult {
  const lineOf = splitLines(splits);
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
  missing.push(...extraMissing);
  const rows = insatser.map((i) => {
    const line = lineOf.get(i.id);
    const cost = line?.cost ?? i.cost;
    return {
      insatsId: i.id,
      performedOn: i.performedOn,
      startedOn: i.startedOn,
      name: i.name,
      performer: i.performer,
      competence: i.competence,
      ...(i.digital === undefined ? {} : { digital: i.digital }),
      cost,
      ...(i.vat ? { vat: i.vat } : {}),
      fk: line?.fk ?? 0,
      afa: line?.afa ?? 0,
      employerPays: line?.employer ?? cost,
      ...(i.plannedEndOn ? { plannedEndOn: i.plannedEndOn } : {}),
      ...(i.plannedSessions ? { plannedSessions: i.plannedSessions } : {}),
      ...(i.afaReference ? { afaReference: i.afaReference } : {}),
      ...(i.courseContent ? { courseContent: i.courseContent } : {}),
    };
  });
  const totals: InvoiceTotals = {
    cost: sumOre(rows.map((r) => r.cost)),
    fk: sumOre(rows.map((r) => r.fk)),
    afa: sumOre(rows.map((r) => r.afa)),
    employerPays: sumOre(rows.map((r) => r.employerPays)),
    vat: sumOre(rows.map((r) => r.vat ?? 0)),
  };
  const vatIncluded = insatser.some((i) => lineOf.get(i.id)?.vatIncluded);
  // A row field that a more specific check above already asked for is not asked for twice.
  const said = new Set(extraMissing.map((m) => m.path));
  const saidAlready = (path: string) => {
    const m = /^rows\.(\d+)\.(performer|competence)$/.exec(path);
    return m !== null && said.has(`insatser.${insatser[Number(m[1])]?.id}.performer`);
  };
  const result = InvoiceBasisSchema.safeParse({
    employee: { name: c.employee.name, personnummer: c.employee.personnummer },
    provider: provider && {
      name: provider.name,
      organisationsnummer: provider.organisationsnummer,
      ...(provider.ivoLicence ? { ivoLicence: provider.ivoLicence } : {}),
    },
    employer: { name: c.employer.name, organisationsnummer: c.employer.organisationsnummer },
    rows,
  });
  if (!result.success) {
    missing.push(
      ...recordIssuesToErrors(result.error.issues).filter(
        (e) => !(provider === undefined && e.path.startsWith('provider')) && !saidAlready(e.path),
      ),
    );
  }
  return result.success && missing.length === 0
    ? { basis: result.data, missing, totals, vatIncluded }
    : { missing, totals, vatIncluded };
}

const TALK_THERAPY: readonly CategoryId[] = ['psykologbehandling'];
const ADDICTION: readonly CategoryId[] = ['missbruksbehandling'];
const COURSES: readonly CategoryId[] = ['stresshantering', 'livsstilskurs', 'omskolning'];

/**
 * AFA-INVOICE: Afa's basis for the insatser Afa pays for. Its cost is always excluding VAT
 * (AFA-VAT). What Afa requires per kind of insats and the records lack is listed, never printed
 * blank: the planned number of sessions for talk therapy; for addiction treatment the provider's
 * IVO licence or else the practitioner's name and competence; for courses their content.
 */
export function buildAfaInvoiceBasis(
  c: EmployeeCase,
  splits: EmployeeSplits,
  { year }: { year?: number } = {},
): InvoiceBasisResult {
  const lineOf = splitLines(splits);
  const insatser = c.insatser
    .filter((i) => year === undefined || i.performedOn.startsWith(String(year)))
    .filter((i) => (lineOf.get(i.id)?.afa ?? 0) > 0)
    .sort(byDate);
  const provider = providerOf(c);
  const missing: FieldError[] = [];
  const field = (i: Insats) => ({ sv: `Insats ”${i.name}”`, en: `Insats “${i.name}”` });
  for (const i of insatser) {
    if (TALK_THERAPY.includes(i.category) && !i.plannedSessions) {
      missing.push(
        fieldError(
          `insatser.${i.id}.plannedSessions`,
          field(i),
          RECORDS_MESSAGES.afa_sessions_missing,
        ),
      );
    }
    const practitioner = i.performer.trim() !== '' && i.competence.trim() !== '';
    if (ADDICTION.includes(i.category) && !provider?.ivoLicence && !practitioner) {
      missing.push(
        fieldError(
          `insatser.${i.id}.performer`,
          field(i),
          RECORDS_MESSAGES.afa_licence_or_practitioner_missing,
        ),
      );
    }
    if (COURSES.includes(i.category)) {
      if (!i.courseContent?.trim()) {
        missing.push(
          fieldError(
            `insatser.${i.id}.courseContent`,
            field(i),
            RECORDS_MESSAGES.afa_course_content_missing,
          ),
        );
      }
      if (!practitioner) {
        missing.push(
          fieldError(
            `insatser.${i.id}.performer`,
            field(i),
            RECORDS_MESSAGES.afa_practitioner_missing,
          ),
        );
      }
    }
  }
  const result = basisFor(c, splits, insatser, missing);
  // Afa's columns: the cost excluding VAT, whatever the employer could deduct.
  if (result.basis) {
    for (const r of result.basis.rows) {
      const i = insatser.find((x) => x.id === r.insatsId)!;
      r.cost = i.cost;
      r.employerPays = Math.round((i.cost - r.afa) * 100) / 100;
      r.fk = 0;
    }
  }
  const costOre = insatser.reduce((s, i) => s + Math.round(i.cost * 100), 0);
  const afaOre = Math.round(result.totals.afa * 100);
  return {
    ...result,
    totals: {
      ...result.totals,
      cost: costOre / 100,
      fk: 0,
      employerPays: (costOre - afaOre) / 100,
    },
    vatIncluded: false,
  };
}
