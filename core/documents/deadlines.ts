/**
 * FK-DEADLINE and AFA-DEADLINE across the records: every deadline of every employee with its
 * date, sorted, what is at stake and whether an application already covers it.
 */
import { estimateSplit, type Payer } from '../estimate/estimate.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { parseIsoDate } from '../i18n/dates.ts';
import { type EmployeeCase, toEstimateInput } from './employee-case.ts';

export interface DeadlineItem {
  payer: Payer;
  /** The last day that counts (FK: weekday-adjusted). */
  date: IsoDate;
  /** FK's stated 1 February, when the legal last day differs. */
  stated?: IsoDate;
  passed: boolean;
  daysLeft: number;
  employerId: string;
  employerName: string;
  employeeId: string;
  employeeName: string;
  insatsIds: string[];
  /** What the payer would pay for these insatser if applied for in time, in kronor. */
  atStake: number;
  /** An application to this payer (not a draft) already covers every one of these insatser. */
  applied: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

export function deadlinesOverview(cases: readonly EmployeeCase[], asOf: IsoDate): DeadlineItem[] {
  const items: DeadlineItem[] = [];
  for (const c of cases) {
    const input = toEstimateInput(c, asOf);
    if (!input) continue;
    const now = estimateSplit(input);
    for (const d of now.deadlines) {
      // For a passed deadline, what would have been paid on its last day is what was lost.
      const lines = d.passed ? estimateSplit({ ...input, asOf: d.date }).lines : now.lines;
      const atStake =
        lines
          .filter((l) => d.insatser.includes(l.id))
          .reduce((sum, l) => sum + Math.round(l[d.payer] * 100), 0) / 100;
      const covered = new Set(
        c.applications
          .filter((a) => a.payer === d.payer && a.status !== 'utkast')
          .flatMap((a) => a.insatsIds),
      );
      items.push({
        payer: d.payer,
        date: d.date,
        ...(d.stated ? { stated: d.stated } : {}),
        passed: d.passed,
        daysLeft: Math.round((parseIsoDate(d.date).getTime() - parseIsoDate(asOf).getTime()) / DAY),
        employerId: c.employer.id,
        employerName: c.employer.name,
        employeeId: c.employee.id,
        employeeName: c.employee.name,
        insatsIds: d.insatser,
        atStake,
        applied: d.insatser.every((id) => covered.has(id)),
      });
    }
  }
  return items.sort((a, b) =>
    a.date === b.date
      ? a.employeeName.localeCompare(b.employeeName, 'sv')
      : a.date < b.date
        ? -1
        : 1,
  );
}

/**
 * The deadlines to remind of: not yet applied for, not passed, something at stake, and at most
 * `days` away. Sorted soonest first, as `deadlinesOverview` returns them.
 */
export function deadlinesDueWithin(items: readonly DeadlineItem[], days: number): DeadlineItem[] {
  return items.filter((d) => !d.applied && !d.passed && d.atStake > 0 && d.daysLeft <= days);
}
