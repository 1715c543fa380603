import { addMonths, isSaturday, isSunday } from 'date-fns';
import { type IsoDate, parseIsoDate, toIsoDate } from '../i18n/dates.ts';
import { AFA_DEADLINE_MONTHS, FK_DEADLINE, valueOn } from './parameters.ts';

export const SECTORS = ['kommun', 'region', 'privat', 'stat'] as const;
export type Sector = (typeof SECTORS)[number];
export const AFA_AGREEMENTS = ['AGS-KL', 'AGS', 'none'] as const;
export type AfaAgreement = (typeof AFA_AGREEMENTS)[number];
export const EMPLOYEE_GROUPS = ['arbetare', 'tjansteman'] as const;
export type EmployeeGroup = (typeof EMPLOYEE_GROUPS)[number];

/**
 * AFA-WHO: who Afa's rehabilitation support covers.
 * Municipalities and regions: all employees with AGS-KL (or AGS). Private companies: workers, and
 * salaried staff too when the employer has a medarbetaravtal (a collective agreement that does not
 * divide staff into workers and salaried staff). State employers and employers without an
 * agreement: not covered.
 */
export function afaCovers(
  sector: Sector,
  agreement: AfaAgreement,
  group: EmployeeGroup,
  medarbetaravtal = false,
): boolean {
  if (agreement === 'none') return false;
  if (sector === 'kommun' || sector === 'region') return true;
  if (sector === 'privat') return group === 'arbetare' || medarbetaravtal;
  return false;
}

/**
 * AFA-WHO: the collective sickness insurance a sector's employers usually have (municipalities
 * and regions AGS-KL, private companies AGS, the state none). A starting guess the employer can
 * change, never a conclusion.
 */
export function usualAfaAgreement(sector: Sector): AfaAgreement {
  if (sector === 'kommun' || sector === 'region') return 'AGS-KL';
  return sector === 'privat' ? 'AGS' : 'none';
}

/** AFA-DEADLINE applies to municipalities and regions only; private companies have no time limit. */
export function afaHasDeadline(sector: Sector): boolean {
  return sector === 'kommun' || sector === 'region';
}

/**
 * AFA-DEADLINE: six months after the start, on the same day number or the month's last day
 * (date-fns' addMonths clamps to the end of the month).
 */
export function afaDeadline(startedOn: IsoDate): IsoDate {
  let deadline = afaDeadlines.get(startedOn);
  if (deadline === undefined) {
    const months = valueOn(AFA_DEADLINE_MONTHS, startedOn);
    deadline = toIsoDate(addMonths(parseIsoDate(startedOn), months));
    afaDeadlines.set(startedOn, deadline);
  }
  return deadline;
}

/** A year's start dates are a few hundred, asked for once per insats by every split. */
const afaDeadlines = new Map<IsoDate, IsoDate>();

/**
 * FK-DEADLINE for insatser carried out in `year`: FK's stated date (1 February of the next year) and
 * the legal last day, moved to Monday when the stated date is a Saturday or Sunday (lag 1930:173).
 */
export function fkDeadline(year: number): { stated: IsoDate; legal: IsoDate } {
  let deadline = fkDeadlines.get(year);
  if (!deadline) {
    deadline = computeFkDeadline(year);
    fkDeadlines.set(year, deadline);
  }
  return { ...deadline };
}

/** Asked for by every split; a handful of years. */
const fkDeadlines = new Map<number, { stated: IsoDate; legal: IsoDate }>();

function computeFkDeadline(year: number): { stated: IsoDate; legal: IsoDate } {
  const { month, day, weekendToMonday } = valueOn(FK_DEADLINE, `${year}-12-31`);
  const stated = new Date(year + 1, month - 1, day);
  const legal = new Date(stated);
  if (weekendToMonday) {
    if (isSaturday(legal)) legal.setDate(legal.getDate() + 2);
    else if (isSunday(legal)) legal.setDate(legal.getDate() + 1);
  }
  return { stated: toIsoDate(stated), legal: toIsoDate(legal) };
}
