/**
 * What the caps and deadlines page shows, from one split of every employee
 * (core/documents/employee-split.ts) shared by both halves: every deadline, and per employer its
 * yearly cap usage.
 */
import type { IsoDate } from '../i18n/dates.ts';
import { type YearCapUsage, yearlyCapUsage } from './cap-usage.ts';
import { type DeadlineItem, deadlinesOverview, type SentMark } from './deadlines.ts';
import type { EmployeeCase } from './employee-case.ts';
import { allSplits } from './employee-split.ts';

export interface CapsAndDeadlines {
  deadlines: DeadlineItem[];
  /** Per employer id, newest year first. */
  caps: Map<string, YearCapUsage[]>;
}

export function capsAndDeadlines(
  cases: readonly EmployeeCase[],
  asOf: IsoDate,
  sent: readonly SentMark[] = [],
): CapsAndDeadlines {
  const splits = allSplits(cases, asOf);
  const casesOf = new Map<string, EmployeeCase[]>();
  for (const c of cases) {
    const list = casesOf.get(c.employer.id);
    if (list) list.push(c);
    else casesOf.set(c.employer.id, [c]);
  }
  const caps = new Map<string, YearCapUsage[]>();
  for (const [employerId, list] of casesOf) {
    caps.set(employerId, yearlyCapUsage(list, asOf, splits));
  }
  return { deadlines: deadlinesOverview(cases, asOf, sent, splits), caps };
}
