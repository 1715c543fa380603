/**
 * The result as plain text ("Kopiera sammanfattning"), loaded on the first copy. It holds nothing
 * about a person.
 */
import type { SplitEstimate } from '../../core/estimate/estimate.ts';
import { formatDateLong, formatKronor, type Lang } from '../../core/i18n/format.ts';
import { CATEGORIES } from '../../core/rules/categories.ts';
import type { EstimateScenario } from '../../core/schema/estimate-scenario.ts';
import { textsFor } from './i18n.ts';
import { DETAILS_TEXTS } from './texts/details.ts';

export function summaryText(
  estimate: SplitEstimate,
  scenario: EstimateScenario,
  lang: Lang,
  providerName?: string,
): string {
  const t = textsFor(lang);
  // A widget renders only once its texts are there, and copying comes after.
  if (!t) throw new Error(`texts for ${lang} not loaded`);
  const d = DETAILS_TEXTS[lang];
  const out: string[] = [t.resultTitle];
  if (providerName) out.push(t.by(providerName));
  out.push('');
  estimate.lines.forEach((line, i) => {
    const insats = scenario.insatser[i]!;
    out.push(
      `${i + 1}. ${CATEGORIES[insats.category][lang]} (${insats.startedOn} – ${insats.performedOn})`,
      `   ${d.costLabel}: ${formatKronor(line.cost)}`,
      `   ${t.payers.fk}: ${formatKronor(line.fk)} (${d.answers[line.answer.fk]})`,
      `   ${t.payers.afa}: ${formatKronor(line.afa)} (${d.answers[line.answer.afa]})`,
      `   ${t.employerPays}: ${formatKronor(line.employer)}`,
    );
    if (line.vat > 0) {
      out.push(`   ${(line.vatIncluded ? d.vatIncluded : d.vatDeducted)(formatKronor(line.vat))}`);
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
    out.push('', `${d.deadlines}:`);
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
