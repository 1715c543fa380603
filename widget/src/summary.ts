/**
 * The result as the payload of the `stodkollen:estimate` event (the plain text for "Kopiera
 * sammanfattning" is in summary-text.ts, loaded on the first copy). It holds nothing about a person.
 */
import type { Answer, SplitEstimate } from '../../core/estimate/estimate.ts';
import type { Lang } from '../../core/i18n/format.ts';
import type { CategoryId } from '../../core/rules/categories.ts';
import type { EstimateScenario } from '../../core/schema/estimate-scenario.ts';

/** `detail` of `stodkollen:estimate`: amounts in kronor, dates as ISO, categories by id. */
export interface EstimateEventDetail {
  lang: Lang;
  asOf: string;
  totals: { cost: number; fk: number; afa: number; employer: number };
  lines: {
    category: CategoryId;
    startedOn: string;
    performedOn: string;
    cost: number;
    fk: number;
    afa: number;
    employer: number;
    answer: { fk: Answer; afa: Answer };
    rules: string[];
  }[];
  deadlines: { payer: 'fk' | 'afa'; date: string; passed: boolean }[];
  ruleset: { version: string; date: string };
}

export function eventDetail(
  estimate: SplitEstimate,
  scenario: EstimateScenario,
  lang: Lang,
): EstimateEventDetail {
  return {
    lang,
    asOf: scenario.asOf,
    totals: { ...estimate.totals },
    lines: estimate.lines.map((l, i) => {
      const insats = scenario.insatser[i]!;
      return {
        category: insats.category,
        startedOn: insats.startedOn,
        performedOn: insats.performedOn,
        cost: l.cost,
        fk: l.fk,
        afa: l.afa,
        employer: l.employer,
        answer: { ...l.answer },
        rules: [...l.rules],
      };
    }),
    deadlines: estimate.deadlines.map((d) => ({ payer: d.payer, date: d.date, passed: d.passed })),
    ruleset: { ...estimate.ruleset },
  };
}
