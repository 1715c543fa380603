/**
 * The estimate: per line and in total, the split bar, the reasons and rules, the deadlines, what to
 * do next and what the provider delivers; copy and print.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, SplitEstimate } from '../../../core/estimate/estimate.ts';
import { formatDateLong, formatKronor } from '../../../core/i18n/format.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { afaHasDeadline } from '../../../core/rules/coverage.ts';
import { AFA_INVOICE_YEARS, FK_PAYOUT_DAYS, valueOn } from '../../../core/rules/parameters.ts';
import type { EstimateScenario } from '../../../core/schema/estimate-scenario.ts';
import type { Texts } from '../i18n.ts';
import { lazy } from '../lazy/part.ts';
import type { WidgetModel } from '../model.ts';

const summaryPart = lazy(() => import('../summary-text.ts'));

/** How long typing must pause before the status line (a live region) says the new split. */
export const STATUS_PAUSE_MS = 700;

/**
 * `text` as of the last pause: the first value at once, later ones once they have stood for
 * STATUS_PAUSE_MS. Typing 12000 then gives one announcement, not five.
 */
function usePaused(text: string): string {
  const [shown, setShown] = useState(text);
  const current = useRef(shown);
  current.current = shown;
  useEffect(() => {
    if (text === current.current) return;
    const timer = setTimeout(() => setShown(text), STATUS_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return shown;
}

interface Props {
  model: WidgetModel;
  t: Texts;
  H: 'h2';
}

export function Result({ model, t, H }: Props) {
  const result = model.result.value;
  const lang = model.config.value!.lang;
  const Sub = `h${Math.min(Number(H.slice(1)) + 1, 6)}` as 'h3';
  const status = usePaused(
    result.kind === 'ok'
      ? t.status(
          formatKronor(result.estimate.totals.fk),
          formatKronor(result.estimate.totals.afa),
          formatKronor(result.estimate.totals.employer),
        )
      : result.kind === 'incomplete'
        ? t.incomplete
        : t.fixFirst,
  );
  return (
    <section class="result" part="result" aria-labelledby="sk-result-title">
      <H id="sk-result-title">{t.resultTitle}</H>
      <p role="status" aria-live="polite" aria-atomic="true" class="status">
        {status}
      </p>
      {result.kind === 'ok' && (
        <Estimate
          estimate={result.estimate}
          scenario={result.scenario}
          t={t}
          lang={lang}
          Sub={Sub}
          providerName={model.config.value!.providerName}
          compact={model.config.value!.layout === 'compact'}
          deferred={model.firstFrame.value}
        />
      )}
    </section>
  );
}

function pct(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

function Estimate({
  estimate,
  scenario,
  t,
  lang,
  Sub,
  providerName,
  compact,
  deferred,
}: {
  compact: boolean;
  /** The first frame: the totals now, the rest one frame later. */
  deferred: boolean;
  estimate: SplitEstimate;
  scenario: EstimateScenario;
  t: Texts;
  lang: 'sv' | 'en';
  Sub: 'h3';
  providerName: string | undefined;
}) {
  const { totals } = estimate;
  const Sub2 = `h${Math.min(Number(Sub.slice(1)) + 1, 6)}` as 'h4';
  const fkPct = pct(totals.fk, totals.cost);
  const afaPct = pct(totals.afa, totals.cost);
  const employerPct = Math.max(0, Math.round((100 - fkPct - afaPct) * 10) / 10);
  const anyFk = estimate.lines.some((l) => l.answer.fk !== 'nej');
  const anyAfa = estimate.lines.some((l) => l.answer.afa !== 'nej');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Loaded on the first copy; from then on the text box (when the clipboard refuses) stays current.
  const summary = summaryPart.value;
  const text = summary ? summary.summaryText(estimate, scenario, lang, providerName) : '';
  const privateSalaried =
    scenario.employer.sector === 'privat' &&
    scenario.employer.afaAgreement === 'AGS' &&
    scenario.employee.group === 'tjansteman';
  const anyVat = estimate.lines.some((l) => l.vat > 0);
  const vatIncluded = estimate.lines.some((l) => l.vatIncluded);

  const copy = async () => {
    try {
      const { summaryText } = await summaryPart.load();
      const clipboard = navigator.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(summaryText(estimate, scenario, lang, providerName));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const details = () => (
    <>
      <ol class="lines">
        {estimate.lines.map((line, i) => {
          const insats = scenario.insatser[i]!;
          const reasons = estimate.explanations.filter((e) => e.insats === line.id);
          const checks = [
            line.answer.fk === 'kanske' ? t.checkProvider : null,
            line.answer.afa === 'kanske'
              ? privateSalaried
                ? t.checkMedarbetaravtal
                : t.checkAgreement
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
                  t={t}
                  payer="fk"
                />
                <Amount
                  label={t.payers.afa}
                  value={line.afa}
                  answer={line.answer.afa}
                  t={t}
                  payer="afa"
                />
                <div>
                  <dt>{t.employerPays}</dt>
                  <dd data-amount="employer">{formatKronor(line.employer)}</dd>
                </div>
              </dl>
              {line.vat > 0 && (
                <p class="hint vat-note" data-vat-note={i}>
                  {(line.vatIncluded ? t.vatIncluded : t.vatDeducted)(formatKronor(line.vat))}
                </p>
              )}
              {reasons.length > 0 && (
                <>
                  <Sub2 class="small-title">{t.reasons}</Sub2>
                  <ul class="reasons">
                    {reasons.map((r) => (
                      <li key={r.rule + r.sv}>{r[lang]}</li>
                    ))}
                  </ul>
                </>
              )}
              {checks.length > 0 && (
                <>
                  <Sub2 class="small-title">{t.check}</Sub2>
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

      <Sub>{t.deadlines}</Sub>
      <ul class="deadlines" part="deadlines">
        {estimate.deadlines.map((d) => (
          <li
            key={d.payer + d.date}
            data-deadline={d.payer}
            class={d.passed ? 'passed' : undefined}
          >
            {d.payer === 'fk' ? t.deadlineFk : t.deadlineAfa}{' '}
            <strong>
              <time dateTime={d.date}>{formatDateLong(d.date, lang)}</time>
            </strong>
            {d.passed && <> ({t.passed})</>}
            {d.stated && <p class="hint">{t.deadlineFkStated(formatDateLong(d.stated, lang))}</p>}
          </li>
        ))}
        {anyAfa && !afaHasDeadline(scenario.employer.sector) && <li>{t.noDeadline}</li>}
      </ul>

      {(anyFk || anyAfa) && (
        <>
          <Sub>{t.nextTitle}</Sub>
          <ol class="steps" part="next-steps">
            <li>{t.nextPay}</li>
            {anyFk && <li>{t.nextFk(valueOn(FK_PAYOUT_DAYS, scenario.asOf))}</li>}
            {anyAfa && <li>{t.nextAfa(valueOn(AFA_INVOICE_YEARS, scenario.asOf))}</li>}
          </ol>
          <Sub>{t.deliverTitle}</Sub>
          <ul class="deliver">
            {anyFk && <li>{t.deliver7026}</li>}
            {anyFk && <li>{t.deliverFkInvoice}</li>}
            {anyAfa && <li>{t.deliverAfaInvoice}</li>}
          </ul>
        </>
      )}

      <div class="actions no-print">
        <button type="button" part="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" part="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </>
  );

  return (
    <>
      <dl class="totals" part="totals">
        <div class="total">
          <dt>{t.payers.fk}</dt>
          <dd data-total="fk" part="total">
            {formatKronor(totals.fk)}
          </dd>
        </div>
        <div class="total">
          <dt>{t.payers.afa}</dt>
          <dd data-total="afa" part="total">
            {formatKronor(totals.afa)}
          </dd>
        </div>
        <div class="total employer">
          <dt>{t.employerPays}</dt>
          <dd data-total="employer" part="total">
            {formatKronor(totals.employer)}
          </dd>
        </div>
        <div class="total">
          <dt>{t.total}</dt>
          <dd data-total="cost" part="total">
            {formatKronor(totals.cost)}
          </dd>
        </div>
      </dl>
      {anyVat && (
        <p class="hint vat-note" data-vat-note="totals">
          {vatIncluded ? t.totalsVatIncluded : t.totalsVatDeducted}
        </p>
      )}
      <div class="bar" part="bar" role="img" aria-label={t.bar(fkPct, afaPct, employerPct)}>
        <span class="fk" part="bar-fk" style={{ width: `${fkPct}%` }} />
        <span class="afa" part="bar-afa" style={{ width: `${afaPct}%` }} />
        <span class="emp" part="bar-employer" style={{ width: `${employerPct}%` }} />
      </div>
      <ul class="legend" aria-hidden="true">
        <li>
          <span class="swatch fk" /> {t.payers.fk}
        </li>
        <li>
          <span class="swatch afa" /> {t.payers.afa}
        </li>
        <li>
          <span class="swatch emp" /> {t.employerPays}
        </li>
      </ul>

      {deferred ? null : compact ? (
        <details class="more">
          <summary>{t.moreTitle}</summary>
          {details()}
        </details>
      ) : (
        details()
      )}
      <p class="status-small" role="status">
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </p>
      {copyState === 'failed' && text !== '' && (
        <textarea class="copy-text" readOnly rows={8} aria-label={t.copy} value={text} />
      )}
    </>
  );
}

function Amount(props: {
  label: string;
  value: number;
  answer: Answer;
  t: Texts;
  payer: 'fk' | 'afa';
}) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd data-amount={props.payer}>
        {formatKronor(props.value)}{' '}
        <span class={`answer ${props.answer}`} data-answer={props.answer}>
          {props.t.answers[props.answer]}
        </span>
      </dd>
    </div>
  );
}
