/**
 * FK-DEADLINE and AFA-DEADLINE across the records: every deadline of every employee with its
 * date, sorted, what is at stake and whether an application already covers it.
 */
import { afaGrantOre, estimateSplit, type Payer } from '../estimate/estimate.ts';
import type { IsoDate } from '../i18n/dates.ts';
import { parseIsoDate } from '../i18n/dates.ts';
import type { EmployeeCase } from './employee-case.ts';
import { allSplits, type EmployeeYearSplit } from './employee-split.ts';

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
  /** The year the earliest of these insatser was carried out (the year of an FK application). */
  year: number;
  /** What the payer would pay for these insatser if applied for in time, in kronor. */
  atStake: number;
  /** An application to this payer (not a draft) already covers every one of these insatser. */
  applied: boolean;
  /**
   * FK's deadline only: the day the year-end batch with this employee's documents was marked as
   * sent to the employer ("Markera som skickat"). The employer applies; the provider's part is done.
   */
  sentOn?: IsoDate;
}

/** A year-end batch marked as sent: one employer, one year, the employees whose documents it held. */
export interface SentMark {
  employerId: string;
  year: number;
  sentOn: IsoDate;
  employeeIds: readonly string[];
}

const DAY = 24 * 60 * 60 * 1000;

export function deadlinesOverview(
  cases: readonly EmployeeCase[],
  asOf: IsoDate,
  sent: readonly SentMark[] = [],
  /** `allSplits(cases, asOf)`, when the caller has it already (the caps and deadlines page). */
  splits: ReadonlyMap<string, ReadonlyMap<number, EmployeeYearSplit>> = allSplits(cases, asOf),
): DeadlineItem[] {
  const items: DeadlineItem[] = [];
  const sentOn = new Map<string, IsoDate>();
  for (const m of sent) {
    for (const id of m.employeeIds)
      sentOn.set(`${m.employerId}\u0000${m.year}\u0000${id}`, m.sentOn);
  }
  // The same splits as every other surface: what colleagues used of the employer's cap counts.
  for (const c of cases) {
    const years = splits.get(c.employee.id);
    if (!years) continue;
    const covered = (payer: Payer) =>
      new Set(
        c.applications
          .filter((a) => a.payer === payer && a.status !== 'utkast')
          .flatMap((a) => a.insatsIds),
      );
    const mine = new Map<string, DeadlineItem>();
    for (const s of years.values()) {
      for (const d of s.estimate.deadlines) {
        // For a passed deadline, what would have been paid on its last day is what was lost:
        // for Afa, its part of each insats (which rests on the insats alone); for FK, whose
        // caps tie the insatser together, the estimate made again on that day.
        let atStakeOre = 0;
        if (d.passed && d.payer === 'afa') {
          for (const i of s.input.insatser)
            if (d.insatser.includes(i.id)) atStakeOre += afaGrantOre(i);
        } else {
          const lines = d.passed
            ? estimateSplit({ ...s.input, asOf: d.date }).lines
            : s.estimate.lines;
          atStakeOre = lines
            .filter((l) => d.insatser.includes(l.id))
            .reduce((sum, l) => sum + Math.round(l[d.payer] * 100), 0);
        }
        const key = `${d.payer} ${d.date}`;
        const existing = mine.get(key);
        if (existing) {
          // An Afa deadline follows the start date, so insatser carried out in two years share it.
          existing.insatsIds.push(...d.insatser);
          existing.atStake = Math.round(existing.atStake * 100 + atStakeOre) / 100;
          existing.year = Math.min(existing.year, s.year);
          continue;
        }
        mine.set(key, {
          payer: d.payer,
          date: d.date,
          ...(d.stated ? { stated: d.stated } : {}),
          passed: d.passed,
          daysLeft: Math.round(
            (parseIsoDate(d.date).getTime() - parseIsoDate(asOf).getTime()) / DAY,
          ),
          employerId: c.employer.id,
          employerName: c.employer.name,
          employeeId: c.employee.id,
          employeeName: c.employee.name,
          insatsIds: [...d.insatser],
          year: s.year,
          atStake: atStakeOre / 100,
          applied: false,
        });
      }
    }
    for (const item of mine.values()) {
      const done = covered(item.payer);
      item.applied = item.insatsIds.every((id) => done.has(id));
      const sentDay =
        item.payer === 'fk'
          ? sentOn.get(`${item.employerId}\u0000${item.year}\u0000${item.employeeId}`)
          : undefined;
      if (sentDay) item.sentOn = sentDay;
      items.push(item);
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
 * The deadlines to remind of: not yet applied for, not sent in a year-end batch, not passed,
 * something at stake, and at most `days` away. Sorted soonest first, as `deadlinesOverview`
 * returns them.
 */
export function deadlinesDueWithin(items: readonly DeadlineItem[], days: number): DeadlineItem[] {
  return items.filter(
    (d) => !d.applied && !d.sentOn && !d.passed && d.atStake > 0 && d.daysLeft <= days,
  );
}
