/** @jsxImportSource preact */
/** What one "Fyll i" did: what was filled, what was not and why, and what to type instead. */
import type { Bilingual } from '../../../core/i18n/format.ts';
import {
  attachInvoiceBasis,
  moreFieldsShown,
  PREFILL_FIELD_NAMES,
  PREFILL_TEXTS,
  SKIP_REASONS,
  typeOrChoose,
} from '../../../core/i18n/messages-prefill.ts';
import type { SkipReason } from '../../../core/prefill/plan.ts';
import type { FillAnswer, ReportLine } from '../../messaging/protocol.ts';
import { Both } from './Both.tsx';

const STATUS_TEXT: Record<Exclude<ReportLine['status'], 'skipped'>, Bilingual> = {
  filled: PREFILL_TEXTS.status_filled,
  already: PREFILL_TEXTS.status_already,
  invalid: PREFILL_TEXTS.status_invalid,
  mismatch: PREFILL_TEXTS.status_mismatch,
};

function why(line: ReportLine): Bilingual {
  if (line.status !== 'skipped') return STATUS_TEXT[line.status];
  return SKIP_REASONS[line.reason as SkipReason] ?? SKIP_REASONS.no_match;
}

const isFilled = (l: ReportLine) => l.status === 'filled' || l.status === 'already';

export function FillReport({
  answer,
  runs,
  onDownload,
}: {
  answer: FillAnswer;
  /** The number of the click this answers. */
  runs: number;
  onDownload: () => void;
}) {
  if (!answer.ok) {
    return (
      <div role="alert" class="problems" data-run={runs}>
        {answer.problems.map((p) => (
          <p key={p.sv}>
            <Both sv={p.sv} en={p.en} />
          </p>
        ))}
      </div>
    );
  }
  const filled = answer.lines.filter(isFilled);
  const notFilled = answer.lines.filter((l) => !isFilled(l));
  return (
    <section aria-live="polite" class="report" data-run={runs}>
      {answer.more !== undefined && answer.more > 0 && (
        <p role="status" class="new-step" data-testid="more">
          <Both {...moreFieldsShown(answer.more)} />
        </p>
      )}
      {answer.warnings.length > 0 && (
        <div class="warnings">
          {answer.warnings.map((p) => (
            <p key={p.sv}>
              <Both sv={p.sv} en={p.en} />
            </p>
          ))}
        </div>
      )}
      <h2>
        {PREFILL_TEXTS.filled.sv}{' '}
        <span lang="en" class="en">
          {PREFILL_TEXTS.filled.en}
        </span>{' '}
        ({filled.length})
      </h2>
      <ul data-testid="filled">
        {filled.map((l) => (
          <li key={`${l.label}-${l.field}`}>
            {l.label}{' '}
            <small>
              ({why(l).sv} / {why(l).en})
            </small>
          </li>
        ))}
      </ul>
      <h2>
        {PREFILL_TEXTS.not_filled.sv}{' '}
        <span lang="en" class="en">
          {PREFILL_TEXTS.not_filled.en}
        </span>{' '}
        ({notFilled.length})
      </h2>
      <ul data-testid="not-filled">
        {notFilled.map((l) => (
          <li key={`${l.label}-${l.field}-${l.reason}`}>
            {l.label}
            {l.field && PREFILL_FIELD_NAMES[l.field]
              ? ` (${PREFILL_FIELD_NAMES[l.field]?.sv})`
              : ''}
            : <Both {...why(l)} />
            {l.toType && (
              <>
                {' '}
                <strong class="to-type">
                  <Both {...typeOrChoose(l.toType)} />
                </strong>
              </>
            )}
          </li>
        ))}
      </ul>
      {answer.attachmentName && (
        <p class="attachment">
          <Both {...attachInvoiceBasis(answer.attachmentName)} />{' '}
          <button type="button" onClick={onDownload}>
            {PREFILL_TEXTS.download_invoice_basis.sv}{' '}
            <span lang="en">/ {PREFILL_TEXTS.download_invoice_basis.en}</span>
          </button>
        </p>
      )}
    </section>
  );
}
