/** @jsxImportSource preact */
/**
 * The prefill panel: choose a case from the records (employer, employee, insatser, or a saved
 * application), fill the step on screen, see what was filled and what was not, and why. Rendered
 * in the browser's side panel (entrypoints/sidepanel), never in the page's DOM.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import { PREFILL_FIELD_NAMES, SKIP_REASONS } from '../../core/i18n/messages-prefill.ts';
import type { SkipReason } from '../../core/prefill/plan.ts';
import {
  type CaseCheckAnswer,
  type CaseChoice,
  type FillAnswer,
  type PanelData,
  type PanelMessageType,
  type ReportLine,
  STEP_CHANGED,
} from '../messaging/protocol.ts';
import { type Send, sendToBackground } from '../messaging/send.ts';

export type PanelSend = Send<PanelMessageType>;

const STATUS_TEXT: Record<Exclude<ReportLine['status'], 'skipped'>, { sv: string; en: string }> = {
  filled: { sv: 'ifyllt', en: 'filled' },
  already: { sv: 'stämde redan', en: 'already right' },
  invalid: { sv: 'e-tjänsten godtog inte värdet', en: 'the e-service rejected the value' },
  mismatch: { sv: 'värdet blev inte det väntade', en: 'the value did not come out as expected' },
};

function why(line: ReportLine): { sv: string; en: string } {
  if (line.status !== 'skipped') return STATUS_TEXT[line.status];
  return SKIP_REASONS[line.reason as SkipReason] ?? SKIP_REASONS.no_match;
}

function Both({ sv, en }: { sv: string; en: string }) {
  return (
    <>
      <span lang="sv">{sv}</span>{' '}
      <span lang="en" class="en">
        {en}
      </span>
    </>
  );
}

export function PrefillPanel({
  tabId,
  send = sendToBackground,
}: {
  tabId?: number;
  send?: PanelSend;
}) {
  const [data, setData] = useState<PanelData | undefined>();
  const [employerId, setEmployerId] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [insatsIds, setInsatsIds] = useState<string[]>([]);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<FillAnswer | undefined>();
  const [newStep, setNewStep] = useState(false);
  /** Counts the fills, so a report is known to be the answer to the latest click. */
  const [runs, setRuns] = useState(0);

  useEffect(() => {
    send({ type: 'prefill:hello' }).then(setData);
  }, [send]);

  const myTab = tabId ?? data?.tabId;
  useEffect(() => {
    if (myTab === undefined || !browser?.runtime?.onMessage) return;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { type?: string })?.type === STEP_CHANGED && sender.tab?.id === myTab) {
        setNewStep(true);
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [myTab]);

  const employees = useMemo(
    () => data?.employees.filter((e) => e.employerId === employerId) ?? [],
    [data, employerId],
  );
  const insatser = useMemo(
    () => data?.insatser.filter((i) => i.employeeId === employeeId) ?? [],
    [data, employeeId],
  );

  const chooseEmployee = (id: string) => {
    setEmployeeId(id);
    setApplicationId('');
    const own = data?.insatser.filter((i) => i.employeeId === id) ?? [];
    // The latest year by default: FK takes one application per year.
    const latest = own
      .map((i) => i.performedOn.slice(0, 4))
      .sort()
      .at(-1);
    setInsatsIds(own.filter((i) => i.performedOn.startsWith(latest ?? '')).map((i) => i.id));
  };

  const chooseApplication = (id: string) => {
    setApplicationId(id);
    const app = data?.applications.find((a) => a.id === id);
    if (!app) return;
    const employee = data?.employees.find((e) => e.id === app.employeeId);
    setEmployerId(employee?.employerId ?? '');
    setEmployeeId(app.employeeId);
    setInsatsIds(app.insatsIds);
  };

  const choice: CaseChoice | undefined =
    employeeId && insatsIds.length > 0
      ? { employeeId, insatsIds, ...(applicationId ? { applicationId } : {}) }
      : undefined;

  const choiceKey = choice ? JSON.stringify(choice) : '';
  const [precheck, setPrecheck] = useState<CaseCheckAnswer>();
  useEffect(() => {
    setPrecheck(undefined);
    if (!choiceKey) return;
    let current = true;
    send({
      type: 'prefill:check',
      choice: JSON.parse(choiceKey),
      ...(tabId !== undefined ? { tabId } : {}),
    })
      .then((r) => {
        if (current) setPrecheck(r);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [choiceKey, send, tabId]);

  const fill = async () => {
    if (!choice) return;
    setBusy(true);
    setNewStep(false);
    try {
      const a = await send({
        type: 'prefill:fill',
        choice,
        overwrite,
        ...(tabId !== undefined ? { tabId } : {}),
      });
      setAnswer(
        a ?? {
          ok: false,
          problems: [
            {
              sv: 'Stödkollen har uppdaterats. Ladda om sidan.',
              en: 'Stödkollen was updated. Reload the page.',
              severity: 'stop',
            },
          ],
        },
      );
    } catch {
      setAnswer({
        ok: false,
        problems: [
          {
            sv: 'Stödkollen har uppdaterats eller sidan svarar inte. Ladda om sidan.',
            en: 'Stödkollen was updated or the page does not answer. Reload the page.',
            severity: 'stop',
          },
        ],
      });
    } finally {
      setRuns((n) => n + 1);
      setBusy(false);
    }
  };

  const download = async () => {
    if (!choice) return;
    const r = await send({ type: 'prefill:invoice-basis', choice });
    if (!r?.ok) return;
    const url = URL.createObjectURL(new Blob([`\ufeff${r.csv}`], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  if (!data) return <p aria-busy="true">Laddar… / Loading…</p>;
  if (data.employees.length === 0) {
    return (
      <main>
        <p>
          <Both
            sv="Registret är tomt. Importera register på Stödkollens översiktssida först."
            en="The records are empty. Import records on Stödkollen's dashboard first."
          />
        </p>
      </main>
    );
  }

  const filled = answer?.ok
    ? answer.lines.filter((l) => l.status === 'filled' || l.status === 'already')
    : [];
  const notFilled = answer?.ok
    ? answer.lines.filter((l) => l.status !== 'filled' && l.status !== 'already')
    : [];

  return (
    <main>
      <h1>
        Fyll i ansökan{' '}
        <span lang="en" class="en">
          Fill in the application
        </span>
      </h1>
      {data.applications.length > 0 && (
        <label>
          <Both sv="Sparad ansökan" en="Saved application" />
          <select value={applicationId} onChange={(e) => chooseApplication(e.currentTarget.value)}>
            <option value="">–</option>
            {data.applications.map((a) => (
              <option key={a.id} value={a.id}>
                {data.employees.find((e) => e.id === a.employeeId)?.name ?? a.employeeId}, {a.year}{' '}
                ({a.status})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <Both sv="Arbetsgivare" en="Employer" />
        <select
          value={employerId}
          onChange={(e) => {
            setEmployerId(e.currentTarget.value);
            setEmployeeId('');
            setInsatsIds([]);
            setApplicationId('');
          }}
        >
          <option value="">–</option>
          {data.employers.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <Both sv="Medarbetare" en="Employee" />
        <select
          value={employeeId}
          disabled={!employerId}
          onChange={(e) => chooseEmployee(e.currentTarget.value)}
        >
          <option value="">–</option>
          {employees.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      {insatser.length > 0 && (
        <fieldset>
          <legend>
            <Both sv="Insatser" en="Insatser" />
          </legend>
          {insatser.map((i) => (
            <label key={i.id} class="check">
              <input
                type="checkbox"
                checked={insatsIds.includes(i.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setApplicationId('');
                  setInsatsIds((ids) => (on ? [...ids, i.id] : ids.filter((x) => x !== i.id)));
                }}
              />
              {i.name}, {formatDateLong(i.performedOn, 'sv')}, {formatKronor(i.cost)}
            </label>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={overwrite}
          onChange={(e) => setOverwrite(e.currentTarget.checked)}
        />
        <Both sv="Ersätt det jag redan har skrivit" en="Replace what I already entered" />
      </label>
      {precheck && (
        <div class={precheck.ok ? 'precheck' : 'problems'} data-testid="precheck">
          {precheck.cost && (
            <p class="cost" data-testid="cost">
              <Both
                sv={`Kostnad att fylla i: ${precheck.cost.amount} kr (det arbetsgivaren betalade).`}
                en={`Cost to enter: ${precheck.cost.amount} kr (what the employer paid).`}
              />
              {precheck.cost.exVat && precheck.cost.incVat !== precheck.cost.exVat && (
                <>
                  {' '}
                  <Both
                    sv={`Exklusive moms ${precheck.cost.exVat} kr, inklusive moms ${precheck.cost.incVat} kr.`}
                    en={`Excluding VAT ${precheck.cost.exVat} kr, including VAT ${precheck.cost.incVat} kr.`}
                  />
                </>
              )}
            </p>
          )}
          {typeof precheck.fkGrant === 'number' && Number.isFinite(precheck.fkGrant) && (
            <p>
              <Both
                sv={`Försäkringskassan betalar enligt registret ${formatKronor(precheck.fkGrant)}; det är inte beloppet att fylla i.`}
                en={`According to the records, Försäkringskassan pays ${formatKronor(precheck.fkGrant)}; that is not the amount to enter.`}
              />
            </p>
          )}
          {precheck.problems.map((p) => (
            <p key={p.sv}>
              <Both sv={p.sv} en={p.en} />
            </p>
          ))}
        </div>
      )}
      {newStep && (
        <p role="status" class="new-step">
          <Both
            sv="Ett nytt steg visas. Fyll i det också?"
            en="A new step is shown. Fill it in too?"
          />
        </p>
      )}
      <button type="button" class="primary" disabled={!choice || busy} onClick={fill}>
        Fyll i <span lang="en">/ Fill in</span>
      </button>
      <p class="hint">
        <Both
          sv="Stödkollen fyller bara i steget som visas och skickar aldrig in ansökan."
          en="Stödkollen fills only the step on screen and never submits the application."
        />
      </p>

      {answer && !answer.ok && (
        <div role="alert" class="problems" data-run={runs}>
          {answer.problems.map((p) => (
            <p key={p.sv}>
              <Both sv={p.sv} en={p.en} />
            </p>
          ))}
        </div>
      )}
      {answer?.ok && (
        <section aria-live="polite" class="report" data-run={runs}>
          {answer.more !== undefined && answer.more > 0 && (
            <p role="status" class="new-step" data-testid="more">
              <Both
                sv={`Ifyllningen visade ${answer.more} nya fält. De fylls i först när du klickar Fyll i igen.`}
                en={`Filling in showed ${answer.more} new fields. They are filled only when you click Fill in again.`}
              />
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
            Ifyllt{' '}
            <span lang="en" class="en">
              Filled
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
            Inte ifyllt{' '}
            <span lang="en" class="en">
              Not filled
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
                : <Both sv={why(l).sv} en={why(l).en} />
                {l.toType && (
                  <>
                    {' '}
                    <strong class="to-type">
                      <Both
                        sv={`Skriv eller välj: ${l.toType}`}
                        en={`Type or choose: ${l.toType}`}
                      />
                    </strong>
                  </>
                )}
              </li>
            ))}
          </ul>
          {answer.attachmentName && (
            <p class="attachment">
              <Both
                sv={`Bifoga fakturaunderlaget: ${answer.attachmentName}`}
                en={`Attach the invoice basis: ${answer.attachmentName}`}
              />{' '}
              <button type="button" onClick={download}>
                Ladda ner fakturaunderlaget <span lang="en">/ Download the invoice basis</span>
              </button>
            </p>
          )}
        </section>
      )}
    </main>
  );
}
