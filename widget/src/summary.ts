/**
 * The result as plain text ("Kopiera sammanfattning") and as the payload of the
 * `stodkollen:estimate` event. Neither holds anything about a person.
 */
import type { Answer, SplitEstimate } from '../../core/estimate/estimate.ts';
import { formatDateLong, formatKronor, type Lang } from '../../core/i18n/format.ts';
import { CATEGORIES, type CategoryId } from '../../core/rules/categories.ts';
import type { EstimateScenario } from '../../core/schema/estimate-scenario.ts';
import { TEXTS } from './i18n.ts';

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

export function summaryText(
  estimate: SplitEstimate,
  scenario: EstimateScenario,
  lang: Lang,
  providerName?: string,
): string {
  const t = TEXTS[lang];
  const out: string[] = [t.resultTitle];
  if (providerName) out.push(t.by(providerName));
  out.push('');
  estimate.lines.forEach((line, i) => {
    const insats = scenario.insatser[i]!;
    out.push(
      `${i + 1}. ${CATEGORIES[insats.category][lang]} (${insats.startedOn} – ${insats.performedOn})`,
      `   ${t.costLabel}: ${formatKronor(line.cost)}`,
      `   ${t.payers.fk}: ${formatKronor(line.fk)} (${t.answers[line.answer.fk]})`,
      `   ${t.payers.afa}: ${formatKronor(line.afa)} (${t.answers[line.answer.afa]})`,
      `   ${t.employerPays}: ${formatKronor(line.employer)}`,
    );
    if (line.vat > 0) {
      out.push(`   ${(line.vatIncluded ? t.vatIncluded : t.vatDeducted)(formatKronor(line.vat))}`);
    }
  });
  const { totals } = estimate;
  out.push(
    '',
    `${t.total}: ${formatKronor(totals.cost)}`,
    `${t.payers.fk}: ${formatKronor(totals.fk)}`,
    `${t.payers.afa}: ${formatKronor(totals.afa)}`,
    `${t.employerPays}: ${formatKronor(totals.employer)}`,
  );
  if (estimate.lines.some((l) => l.vat > 0)) {
    out.push(estimate.lines.some((l) => l.vatIncluded) ? t.totalsVatIncluded : t.totalsVatDeducted);
  }
  if (estimate.deadlines.length > 0) {
    out.push('', `${t.deadlines}:`);
    for (const d of estimate.deadlines) {
      const who = d.payer === 'fk' ? t.payers.fk : t.payers.afa;
      out.push(`- ${who}: ${formatDateLong(d.date, lang)}${d.passed ? ` (${t.passed})` : ''}`);
    }
  }
  out.push(
    '',
    t.disclaimer,
    t.ruleset(estimate.ruleset.version, formatDateLong(estimate.ruleset.date, lang)),
  );
  return out.join('\n');
}
