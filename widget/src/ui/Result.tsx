/**
 * The estimate's first view: the status line, the totals with the split bar and the key deadline.
 * Everything else (per insats, every deadline, next steps, copy and print) is in Details.tsx, a
 * file loaded right after the first frame, or when the compact layout's disclosure is opened.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateLong, formatKronor } from '../../../core/i18n/format.ts';
import type { Texts } from '../i18n.ts';
import { lazy } from '../lazy/part.ts';
import type { WidgetModel } from '../model.ts';
import type { DetailsProps } from './Details.tsx';

const detailsPart = lazy(() => import('./Details.tsx'));

/** Loads the details' file now (tests render them at once, as after the first frame). */
export const loadDetails = () => detailsPart.load();

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
}: DetailsProps & {
  compact: boolean;
  /** The first frame: the totals now, the details once their file is here. */
  deferred: boolean;
}) {
  const { totals } = estimate;
  const fkPct = pct(totals.fk, totals.cost);
  const afaPct = pct(totals.afa, totals.cost);
  const employerPct = Math.max(0, Math.round((100 - fkPct - afaPct) * 10) / 10);
  const anyVat = estimate.lines.some((l) => l.vat > 0);
  const vatIncluded = estimate.lines.some((l) => l.vatIncluded);
  // The compact layout opens the details on demand; the full one loads them after the first frame.
  const [open, setOpen] = useState(false);
  const wanted = compact ? open : !deferred;
  useEffect(() => {
    if (wanted) detailsPart.load().catch(() => {});
  }, [wanted]);
  const part = detailsPart.value;
  // The key deadline: the first one still ahead, or the last that passed when none is.
  const key = estimate.deadlines.find((d) => !d.passed) ?? estimate.deadlines.at(-1);
  const details = !wanted ? null : part ? (
    <part.Details
      estimate={estimate}
      scenario={scenario}
      t={t}
      lang={lang}
      Sub={Sub}
      providerName={providerName}
    />
  ) : detailsPart.failed ? (
    <p class="error">{t.partFailed}</p>
  ) : compact ? (
    <p class="hint" aria-busy="true">
      {t.loadingPart}
    </p>
  ) : null;

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
      {key && (
        <p class="key-deadline" data-key-deadline={key.payer}>
          {key.payer === 'fk' ? t.deadlineFk : t.deadlineAfa}{' '}
          <strong>
            <time dateTime={key.date}>{formatDateLong(key.date, lang)}</time>
          </strong>
          {key.passed && <> ({t.passed})</>}
        </p>
      )}
      {compact ? (
        <details
          class="more"
          onToggle={(e) => {
            if (e.currentTarget.open) setOpen(true);
          }}
        >
          <summary>{t.moreTitle}</summary>
          {details}
        </details>
      ) : (
        details
      )}
    </>
  );
}
