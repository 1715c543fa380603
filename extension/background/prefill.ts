/**
 * Background handlers for prefilling FK's e-service. The panel (or popup) asks to fill; the
 * background checks the case, remembers the choice for that tab and asks the tab's content script
 * to fill; the content script then asks for the values of the fields on screen and gets only those.
 */
import { browser } from 'wxt/browser';
import { todayIso } from '../../core/i18n/dates.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import { type CaseCheck, checkCase, mayFill } from '../../core/prefill/case.ts';
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { pickValues } from '../../core/prefill/values.ts';
import { resolveCase } from '../prefill/case-from-records.ts';
import { invoiceBasisCsv } from '../prefill/invoice-basis.ts';
import {
  ContentRequestSchema,
  type PanelRequest,
  PanelRequestSchema,
  type RunFailure,
  type RunReport,
  StepAnnouncementSchema,
} from '../prefill/messages.ts';
import { loadRecords, restoreBackupForTests } from '../prefill/records-source.ts';

/** The values of the case chosen in each tab, until the next choice. Never written to disk. */
const chosen = new Map<number, PrefillValues>();
/** The step each tab last announced: the fields it asks for, never values. */
const steps = new Map<number, { signature: string; fields: ApplicationField[] }>();

/** On lock: the chosen cases hold decrypted personal data and must not outlive the unlock. */
export function forgetChosenCases(): void {
  chosen.clear();
}

/** Whether the records are locked; the vault's key holder sets it when it is registered. */
let recordsLocked: () => Promise<boolean> = async () => false;
export function setRecordsLockCheck(check: () => Promise<boolean>): void {
  recordsLocked = check;
}

type Sender = { tab?: { id?: number }; url?: string; id?: string };

function fromExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

const failure = (sv: string, en: string): RunFailure => ({
  ok: false,
  problems: [{ sv, en, severity: 'stop' }],
});

export function handlePanelRequest(message: unknown, sender: Sender) {
  const parsed = PanelRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return answerPanel(parsed.data, sender);
}

async function answerPanel(request: PanelRequest, sender: Sender) {
  const tabId = 'tabId' in request ? (request.tabId ?? sender.tab?.id) : sender.tab?.id;
  // Locked: no record is read, no case offered, nothing filled.
  if (await recordsLocked()) {
    if (request.type === 'prefill:hello') {
      return {
        tabId: sender.tab?.id,
        locked: true,
        employers: [],
        employees: [],
        insatser: [],
        applications: [],
      };
    }
    return failure(VAULT_MESSAGES.prefill_locked.sv, VAULT_MESSAGES.prefill_locked.en);
  }
  const records = await loadRecords();

  if (request.type === 'prefill:hello') {
    return {
      tabId: sender.tab?.id,
      employers: records.employers.map(({ id, name }) => ({ id, name })),
      employees: records.employees.map(({ id, name, employerId }) => ({ id, name, employerId })),
      insatser: records.insatser.map(({ id, employeeId, name, performedOn, cost }) => ({
        id,
        employeeId,
        name,
        performedOn,
        cost,
      })),
      applications: (records.applications ?? [])
        .filter((a) => a.payer === 'fk')
        .map(({ id, employeeId, insatsIds, year, status }) => ({
          id,
          employeeId,
          insatsIds,
          year,
          status,
        })),
    };
  }

  const resolved = resolveCase(records, request.choice);
  if (!resolved.ok) return failure(resolved.sv, resolved.en);

  if (request.type === 'prefill:invoice-basis') {
    return {
      ok: true,
      fileName: resolved.case.attachmentName,
      csv: invoiceBasisCsv(resolved.case, todayIso()),
    };
  }

  if (tabId === undefined) return failure('Ingen flik att fylla i.', 'No tab to fill in.');
  // Checked again on every fill: the records may have changed since the choice was made.
  const check = checkCase(resolved.case, todayIso());

  if (request.type === 'prefill:check') {
    return { ok: mayFill(check), problems: check.problems, fkGrant: check.fkGrant };
  }
  return fillTab(tabId, check, request.overwrite);
}

async function fillTab(tabId: number, check: CaseCheck, overwrite: boolean) {
  if (!mayFill(check)) return { ok: false, problems: check.problems } satisfies RunFailure;
  chosen.set(tabId, check.values);
  // After the click, the values of the announced step go with the request; the content script
  // uses them only if the page still shows that step, and asks otherwise.
  const step = steps.get(tabId);
  try {
    const report = (await browser.tabs.sendMessage(
      tabId,
      {
        type: 'prefill:run',
        overwrite,
        ...(step
          ? { signature: step.signature, values: pickValues(check.values, step.fields) }
          : {}),
      },
      { frameId: 0 },
    )) as RunReport | RunFailure | undefined;
    if (!report) throw new Error('no answer');
    return {
      ...report,
      warnings: check.problems,
      attachmentName: check.values.attachment,
    };
  } catch {
    return failure(
      'Sidan svarar inte. Ladda om e-tjänstens sida och försök igen.',
      'The page does not answer. Reload the e-service page and try again.',
    );
  }
}

export function handleContentRequest(message: unknown, sender: Sender) {
  const step = StepAnnouncementSchema.safeParse(message);
  if (step.success) {
    if (sender.tab?.id !== undefined) {
      steps.set(sender.tab.id, { signature: step.data.signature, fields: step.data.fields });
    }
    return undefined;
  }
  const parsed = ContentRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const values = sender.tab?.id === undefined ? undefined : chosen.get(sender.tab.id);
  if (!values) {
    return failure('Välj först ett ärende i panelen.', 'First choose a case in the panel.');
  }
  return pickValues(values, parsed.data.fields);
}

export function registerPrefillHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse) => {
    let answer: unknown;
    if (fromExtensionPage(sender)) answer = handlePanelRequest(message, sender);
    // A content script: only ever the values of the fields on its screen, after a fill request.
    else if (sender.tab?.id !== undefined) answer = handleContentRequest(message, sender);
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous answer (works in every MV3 browser).
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    chosen.delete(tabId);
    steps.delete(tabId);
  });
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { stodkollenRestoreBackup?: unknown }).stodkollenRestoreBackup =
      restoreBackupForTests;
  }
}
