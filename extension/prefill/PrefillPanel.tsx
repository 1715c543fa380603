/** @jsxImportSource preact */
/**
 * The prefill panel: choose a case from the records (employer, employee, insatser, or a saved
 * application), fill the step on screen, see what was filled and what was not, and why. Rendered
 * in the browser's side panel (entrypoints/sidepanel), never in the page's DOM. Its parts live in
 * panel/: the choice, the check, the fill and its report, the download.
 */
import { useState } from 'preact/hooks';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import { sendToBackground } from '../messaging/send.ts';
import { Both } from './panel/Both.tsx';
import { CaseChooser } from './panel/CaseChooser.tsx';
import { downloadInvoiceBasis } from './panel/download.ts';
import { FillReport } from './panel/FillReport.tsx';
import { Precheck } from './panel/Precheck.tsx';
import type { PanelSend } from './panel/send.ts';
import { useCaseChoice } from './panel/use-case-choice.ts';
import { useFill } from './panel/use-fill.ts';
import { useNewStep } from './panel/use-new-step.ts';
import { usePrecheck } from './panel/use-precheck.ts';

export type { PanelSend } from './panel/send.ts';

export function PrefillPanel({
  tabId,
  send = sendToBackground,
}: {
  tabId?: number;
  send?: PanelSend;
}) {
  const chosen = useCaseChoice(send);
  const { data, choice } = chosen;
  const [overwrite, setOverwrite] = useState(false);
  const [newStep, setNewStep] = useNewStep(tabId ?? data?.tabId);
  const { precheck, checking } = usePrecheck(send, choice, tabId);
  const { busy, answer, runs, fill } = useFill(send, tabId, () => setNewStep(false));

  if (!data) {
    return (
      <p aria-busy="true">
        {PREFILL_TEXTS.loading.sv} / {PREFILL_TEXTS.loading.en}
      </p>
    );
  }
  if (data.employees.length === 0) {
    return (
      <main>
        <p>
          <Both {...PREFILL_TEXTS.records_empty} />
        </p>
      </main>
    );
  }

  return (
    <main>
      <h1>
        {PREFILL_TEXTS.title.sv}{' '}
        <span lang="en" class="en">
          {PREFILL_TEXTS.title.en}
        </span>
      </h1>
      <CaseChooser data={data} chosen={chosen} />
      <label class="check">
        <input
          type="checkbox"
          checked={overwrite}
          onChange={(e) => setOverwrite(e.currentTarget.checked)}
        />
        <Both {...PREFILL_TEXTS.overwrite} />
      </label>
      {checking && (
        <p class="hint" aria-busy="true">
          <Both {...PREFILL_TEXTS.checking} />
        </p>
      )}
      {precheck &&
        (precheck.cost || precheck.fkGrant !== undefined || precheck.problems.length > 0) && (
          <Precheck precheck={precheck} />
        )}
      {/* Disabled until the check has answered: its result is drawn above the button, and a
          button that moves under the pointer takes a click meant for it elsewhere. */}
      <button
        type="button"
        class="primary"
        disabled={!choice || busy || checking}
        onClick={() => fill(choice, overwrite)}
      >
        {PREFILL_TEXTS.fill.sv} <span lang="en">/ {PREFILL_TEXTS.fill.en}</span>
      </button>
      {/* Below the button, so that it appearing never moves the button. */}
      {newStep && (
        <p role="status" class="new-step">
          <Both {...PREFILL_TEXTS.new_step} />
        </p>
      )}
      <p class="hint">
        <Both {...PREFILL_TEXTS.fills_only_step} />
      </p>
      {answer && (
        <FillReport
          answer={answer}
          runs={runs}
          onDownload={() => downloadInvoiceBasis(send, choice)}
        />
      )}
    </main>
  );
}
