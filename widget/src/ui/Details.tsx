/**
 * The result's details, below the totals: per insats (the amounts with ja/nej/kanske, "Därför" and
 * "Att kontrollera"), every deadline, what to do next, what the provider delivers, and copy and
 * print. A file of its own, loaded right after the first frame (or, in the compact layout, when
 * "Visa per insats …" is opened), so the first view's file holds only the form and the totals.
 */
import { useState } from 'preact/hooks';
import { type Answer, estimateSplit, type SplitEstimate } from '../../../core/estimate/estimate.ts';
import { formatDateLong, formatKronor, type Lang } from '../../../core/i18n/format.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { afaHasDeadline } from '../../../core/rules/coverage.ts';
import { AFA_INVOICE_YEARS, FK_PAYOUT_DAYS, valueOn } from '../../../core/rules/parameters.ts';
import type { EstimateScenario } from '../../../core/schema/estimate-scenario.ts';
import type { Texts } from '../i18n.ts';
import { summaryText } from '../summary-text.ts';
import { DETAILS_TEXTS, type DetailsTexts } from '../texts/details.ts';

export interface DetailsProps {
  estimate: SplitEstimate;
  scenario: EstimateScenario;
  t: Texts;
  lang: Lang;
  /** The heading level of each insats and section; the level below it for "Därför". */
  Sub: 'h3';
  providerName: string | undefined;
}

export function Details({ estimate, scenario, t, lang, Sub, providerName }: DetailsProps) {
  const d = DETAILS_TEXTS[lang];
  // The same split with its sentences ("Därför"), which the first view's estimate leaves out.
  const { explanations } = estimateSplit(scenario);
  const Sub2 = `h${Math.min(Number(Sub.slice(1)) + 1, 6)}` as 'h4';
  const anyFk = estimate.lines.some((l) => l.answer.fk !== 'nej');
  const anyAfa = estimate.lines.some((l) => l.answer.afa !== 'nej');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const privateSalaried =
    scenario.employer.sector === 'privat' &&
    scenario.employer.afaAgreement === 'AGS' &&
    scenario.employee.group === 'tjansteman';
  // From then on the text box (when the clipboard refuses) stays current.
  const text = copyState === 'failed' ? summaryText(estimate, scenario, lang, providerName) : '';

  const copy = async () => {
    try {
      const clipboard = navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(summaryText(estimate, scenario, lang, providerName));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <>
      <ol class="lines">
        {estimate.lines.map((line, i) => {
          const insats = scenario.insatser[i]!;
          const reasons = explanations.filter((e) => e.insats === line.id);
          const checks = [
            line.answer.fk === 'kanske' ? d.checkProvider : null,
            line.answer.afa === 'kanske'
              ? privateSalaried
                ? d.checkMedarbetaravtal
                : d.checkAgreement
              : null,
          ].filter((c): c is string => c !== null);
          return (
            <li key={line.id} class="line" data-line={i} part="line">
              <Sub class="line-title">
                {CATEGORIES[insats.category][lang]}
                <span class="muted">
                  {' '}
                  ·{' '}
                  <time dateTime={insats.startedOn}>{formatDateLong(insats.startedOn, lang)}</time>
                  {insats.performedOn !== insats.startedOn && (
                    <>
                      {' – '}
                      <time dateTime={insats.performedOn}>
                        {formatDateLong(insats.performedOn, lang)}
                      </time>
                    </>
                  )}{' '}
                  · {formatKronor(line.cost)}
                </span>
              </Sub>
              <dl class="amounts">
                <Amount
                  label={t.payers.fk}
                  value={line.fk}
                  answer={line.answer.fk}
                  d={d}
                  payer="fk"
                />
                <Amount
                  label={t.payers.afa}
                  value={line.afa}
                  answer={line.answer.afa}
                  d={d}
                  payer="afa"
                />
                <div>
                  <dt>{t.employerPays}</dt>
                  <dd data-amount="employer">{formatKronor(line.employer)}</dd>
                </div>
              </dl>
              {line.vat > 0 && (
                <p class="hint vat-note" data-vat-note={i}>
                  {(line.vatIncluded ? d.vatIncluded : d.vatDeducted)(formatKronor(line.vat))}
                </p>
              )}
              {reasons.length > 0 && (
                <>
                  <Sub2 class="small-title">{d.reasons}</Sub2>
                  <ul class="reasons">
                    {reasons.map((r) => (
                      <li key={r.rule + r.sv}>{r[lang]}</li>
                    ))}
                  </ul>
                </>
              )}
              {checks.length > 0 && (
                <>
                  <Sub2 class="small-title">{d.check}</Sub2>
                  <ul class="checks">
                    {checks.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>

      <Sub>{d.deadlines}</Sub>
      <ul class="deadlines" part="deadlines">
        {estimate.deadlines.map((x) => (
          <li
            key={x.payer + x.date}
            data-deadline={x.payer}
            class={x.passed ? 'passed' : undefined}
          >
            {x.payer === 'fk' ? t.deadlineFk : t.deadlineAfa}{' '}
            <strong>
              <time dateTime={x.date}>{formatDateLong(x.date, lang)}</time>
            </strong>
            {x.passed && <> ({t.passed})</>}
            {x.stated && <p class="hint">{d.deadlineFkStated(formatDateLong(x.stated, lang))}</p>}
          </li>
        ))}
        {anyAfa && !afaHasDeadline(scenario.employer.sector) && <li>{d.noDeadline}</li>}
      </ul>

      {(anyFk || anyAfa) && (
        <>
          <Sub>{d.nextTitle}</Sub>
          <ol class="steps" part="next-steps">
            <li>{d.nextPay}</li>
            {anyFk && <li>{d.nextFk(valueOn(FK_PAYOUT_DAYS, scenario.asOf))}</li>}
            {anyAfa && <li>{d.nextAfa(valueOn(AFA_INVOICE_YEARS, scenario.asOf))}</li>}
          </ol>
          <Sub>{d.deliverTitle}</Sub>
          <ul class="deliver">
            {anyFk && <li>{d.deliver7026}</li>}
            {anyFk && <li>{d.deliverFkInvoice}</li>}
            {anyAfa && <li>{d.deliverAfaInvoice}</li>}
          </ul>
        </>
      )}

      <div class="actions no-print">
        <button type="button" part="button" onClick={() => void copy()}>
          {d.copy}
        </button>
        <button type="button" part="button" onClick={() => window.print()}>
          {d.print}
        </button>
      </div>
      <p class="status-small" role="status">
        {copyState === 'copied' ? d.copied : copyState === 'failed' ? d.copyFailed : ''}
      </p>
      {copyState === 'failed' && (
        <textarea class="copy-text" readOnly rows={8} aria-label={d.copy} value={text} />
      )}
    </>
  );
}

function Amount(props: {
  label: string;
  value: number;
  answer: Answer;
  d: DetailsTexts;
  payer: 'fk' | 'afa';
}) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd data-amount={props.payer}>
        {formatKronor(props.value)}{' '}
        <span class={`answer ${props.answer}`} data-answer={props.answer}>
          {props.d.answers[props.answer]}
        </span>
      </dd>
    </div>
  );
}
