import type { RuleId } from './rule-ids.ts';

/**
 * Dated parameters. A change of a cap or a rate is one new row here, never a new `if` in the engine.
 * `from` and `to` are inclusive ISO dates; `null` means open-ended. What date a row is looked up by
 * (the start date of an insats, the year it was carried out, …) is said in `keyedBy`.
 */
export interface DatedValue<T> {
  from: string | null;
  to: string | null;
  value: T;
  source: string;
}

export interface DatedParameter<T> {
  rule: RuleId;
  keyedBy: string;
  unit: string;
  rows: readonly DatedValue<T>[];
}

/** FK-CAP-EMPLOYEE: looked up by the insats' start date (Förordning 2024:1275). */
export const FK_EMPLOYEE_CAP: DatedParameter<number> = {
  rule: 'FK-CAP-EMPLOYEE',
  keyedBy: 'startedOn',
  unit: 'kr per medarbetare och år',
  rows: [
    { from: null, to: '2024-12-31', value: 10_000, source: 'seed 000, 003' },
    { from: '2025-01-01', to: null, value: 20_000, source: 'Förordning 2024:1275; seed 000' },
  ],
};

/** FK-CAP-EMPLOYER: looked up by the date the insats was carried out. */
export const FK_EMPLOYER_CAP: DatedParameter<number> = {
  rule: 'FK-CAP-EMPLOYER',
  keyedBy: 'performedOn',
  unit: 'kr per arbetsgivare och år',
  rows: [{ from: null, to: null, value: 200_000, source: 'seed 000, 002, 003' }],
};

/** FK-RATE, as a fraction of the cost. */
export const FK_RATE: DatedParameter<number> = {
  rule: 'FK-RATE',
  keyedBy: 'performedOn',
  unit: 'andel av kostnaden',
  rows: [{ from: null, to: null, value: 0.5, source: 'seed 000, 002, 003' }],
};

/** AFA-RATE, as a fraction of the cost. */
export const AFA_RATE: DatedParameter<number> = {
  rule: 'AFA-RATE',
  keyedBy: 'startedOn',
  unit: 'andel av kostnaden',
  rows: [{ from: null, to: null, value: 0.5, source: 'seed 002' }],
};

/** FK-DEADLINE: month and day in the year after the insats year; weekend moves it to Monday. */
export const FK_DEADLINE: DatedParameter<{ month: number; day: number; weekendToMonday: boolean }> =
  {
    rule: 'FK-DEADLINE',
    keyedBy: 'performedOn',
    unit: 'dag året efter',
    rows: [
      {
        from: null,
        to: null,
        value: { month: 2, day: 1, weekendToMonday: true },
        source: 'seed 000, 002; lag (1930:173) om beräkning av lagstadgad tid',
      },
    ],
  };

/** AFA-DEADLINE: months after the start for municipalities and regions. */
export const AFA_DEADLINE_MONTHS: DatedParameter<number> = {
  rule: 'AFA-DEADLINE',
  keyedBy: 'startedOn',
  unit: 'månader efter start',
  rows: [{ from: null, to: null, value: 6, source: 'seed 002' }],
};

/** AFA-DEADLINE: years during which invoices can be sent once Afa has granted. */
export const AFA_INVOICE_YEARS: DatedParameter<number> = {
  rule: 'AFA-DEADLINE',
  keyedBy: 'startedOn',
  unit: 'år',
  rows: [{ from: null, to: null, value: 3, source: 'seed 002' }],
};

/** FK-PAID-FIRST: about how long FK takes to pay. */
export const FK_PAYOUT_DAYS: DatedParameter<number> = {
  rule: 'FK-PAID-FIRST',
  keyedBy: 'performedOn',
  unit: 'dagar',
  rows: [{ from: null, to: null, value: 45, source: 'seed 000, 002' }],
};

export const ALL_PARAMETERS = {
  FK_RATE,
  FK_EMPLOYEE_CAP,
  FK_EMPLOYER_CAP,
  FK_DEADLINE,
  FK_PAYOUT_DAYS,
  AFA_RATE,
  AFA_DEADLINE_MONTHS,
  AFA_INVOICE_YEARS,
} as const;

/** The rule set's version and date, shown to users beside every estimate. */
export const RULESET = { version: '2025.1', date: '2025-06-30' } as const;

/** The row valid on `date` (ISO strings compare as dates). Throws only on a gap in the table. */
export function valueOn<T>(param: DatedParameter<T>, date: string): T {
  for (const row of param.rows) {
    if ((row.from === null || row.from <= date) && (row.to === null || date <= row.to)) {
      return row.value;
    }
  }
  throw new Error(`No ${param.rule} parameter for ${date}`);
}

/** The largest value a parameter takes in any row overlapping the calendar year. */
export function maxInYear(param: DatedParameter<number>, year: number): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let max = 0;
  for (const row of param.rows) {
    if ((row.from === null || row.from <= last) && (row.to === null || first <= row.to)) {
      max = Math.max(max, row.value);
    }
  }
  return max;
}
