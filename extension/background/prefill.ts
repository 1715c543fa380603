/**
 * Background handlers for prefilling FK's e-service. The panel (or popup) asks to fill; the
 * background checks the case and asks the tab's content script to fill; the content script may ask
 * once for the values of the fields on its screen. Values exist here only during that one click,
 * bound to the tab, the top frame and the FK origin the content script reported from, and are
 * forgotten when the click is done or the tab navigates.
 */
import { browser } from 'wxt/browser';
import { todayIso } from '../../core/i18n/dates.ts';
import type { Bilingual } from '../../core/i18n/format.ts';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import { VAULT_MESSAGES } from '../../core/i18n/messages-vault.ts';
import type { ApprovedProviderList } from '../../core/import/approved-providers.ts';
import { type CaseCheck, checkCase, mayFill } from '../../core/prefill/case.ts';
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { CONTENT_MATCHES, originAllowed } from '../../core/prefill/matches.ts';
import { pickValues } from '../../core/prefill/values.ts';
import {
  listApprovedProviderLists,
  openApprovedProvidersDb,
} from '../../core/store/approved-providers.ts';
import {
  type CaseCheckAnswer,
  ContentRequestSchema,
  type FillAnswer,
  type InvoiceBasisAnswer,
  OpenPanelSchema,
  PageLeftSchema,
  type PanelData,
  type PanelMessageType,
  type PanelRequest,
  PanelRequestSchema,
  type ReportLine,
  type RequestOf,
  type ResponseOf,
  type RunFailure,
  StepAnnouncementSchema,
} from '../messaging/protocol.ts';
import { sendToTab } from '../messaging/send.ts';
import { resolveCase } from '../prefill/case-from-records.ts';
import { invoiceBasisCsv } from '../prefill/invoice-basis.ts';
import { loadCaseRecords, loadRecords, restoreBackupForTests } from '../prefill/records-source.ts';

const FK_PAGES = CONTENT_MATCHES[import.meta.env.MODE === 'production' ? 'production' : 'local'];

interface Armed {
  values: PrefillValues;
  /** The origin the tab last reported from; a request from another origin gets nothing. */
  origin?: string;
  /** One answer per click: a page that reveals more fields waits for the next click. */
  answered: boolean;
}

/** The values of the click in progress, per tab. Never written to disk. */
const armed = new Map<number, Armed>();
/** The step each tab's top frame last announced: the fields it asks for, never values. */
const steps = new Map<number, { signature: string; fields: ApplicationField[]; origin: string }>();

type Sender = { tab?: { id?: number }; url?: string; id?: string; frameId?: number };

/** On lock: the armed values hold decrypted personal data and must not outlive the unlock. */
export function forgetChosenCases(): void {
  armed.clear();
}

/** Whether the records are locked; the vault's key holder sets it when it is registered. */
let recordsLocked: () => Promise<boolean> = async () => false;
export function setRecordsLockCheck(check: () => Promise<boolean>): void {
  recordsLocked = check;
}

function fromExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'))
  );
}

/** The content script in a tab's top frame, on FK's e-service: the only one that gets values. */
function fkTopFrame(sender: Sender): { tabId: number; origin: string } | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  if (!originAllowed(sender.url, FK_PAGES)) return undefined;
  return { tabId, origin: new URL(sender.url as string).origin };
}

const failure = ({ sv, en }: Bilingual): RunFailure => ({
  ok: false,
  problems: [{ sv, en, severity: 'stop' }],
});

/** The approved-provider lists last read (see answerPanel). */
let approved: ApprovedProviderList[] = [];

/** FK's lists of approved providers the user imported; none when the list was never imported. */
async function approvedLists(): Promise<ApprovedProviderList[]> {
  try {
    const db = await openApprovedProvidersDb();
    try {
      return await listApprovedProviderLists(db);
    } finally {
      db.close();
    }
  } catch {
    // Without a readable list the check is skipped, as when none was imported.
    return [];
  }
}

/** Answers the panel's (or popup's) request; `undefined` for a message that is not one. */
export function handlePanelRequest(
  message: unknown,
  sender: Sender,
): Promise<ResponseOf<PanelMessageType>> | undefined {
  const parsed = PanelRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  // Each request goes to its own answer; the protocol types the pair.
  const answer = PANEL_ANSWERS[request.type] as (
    r: PanelRequest,
    s: Sender,
  ) => Promise<ResponseOf<PanelMessageType>>;
  return answer(request, sender);
}

const PANEL_ANSWERS: {
  [T in PanelMessageType]: (request: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
} = {
  'prefill:hello': answerHello,
  'prefill:check': async (request, sender) => {
    // The list is read for a check, and taken from memory for a fill: a fill answers within the
    // click, and opening another database on the way (slow in Firefox) would miss it.
    const checked = await checkedCase(request, sender, { readApprovedLists: true });
    if (!checked.ok) return checked;
    return caseCheckAnswer(checked.check);
  },
  'prefill:fill': async (request, sender) => {
    const checked = await checkedCase(request, sender, { readApprovedLists: false });
    if (!checked.ok) return checked;
    return fillTab(checked.tabId, checked.check, request.overwrite);
  },
  'prefill:invoice-basis': async (request): Promise<InvoiceBasisAnswer> => {
    if (await recordsLocked()) return LOCKED;
    const resolved = resolveCase(await loadRecords(), request.choice);
    if (!resolved.ok) return failure(resolved);
    resolved.case.approvedLists = approved;
    return {
      ok: true,
      // Always named by resolveCase; the fallback keeps a download from being called "undefined".
      fileName: resolved.case.attachmentName ?? 'fakturaunderlag.csv',
      csv: invoiceBasisCsv(resolved.case, todayIso()),
    };
  },
};

const LOCKED = failure(VAULT_MESSAGES.prefill_locked);

/** What the panel offers to choose from; nothing while the records are locked. */
async function answerHello(_request: unknown, sender: Sender): Promise<PanelData> {
  // Locked: no record is read, no case offered, nothing filled.
  if (await recordsLocked()) {
    return {
      tabId: sender.tab?.id,
      locked: true,
      employers: [],
      employees: [],
      insatser: [],
      applications: [],
    };
  }
  const records = await loadRecords();
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

/** The chosen case checked for the tab it is for, as of today. */
async function checkedCase(
  request: RequestOf<'prefill:check' | 'prefill:fill'>,
  sender: Sender,
  { readApprovedLists }: { readApprovedLists: boolean },
): Promise<{ ok: true; tabId: number; check: CaseCheck } | RunFailure> {
  if (await recordsLocked()) return LOCKED;
  const resolved = resolveCase(await loadCaseRecords(request.choice.employeeId), request.choice);
  if (readApprovedLists) approved = await approvedLists();
  if (!resolved.ok) return failure(resolved);
  resolved.case.approvedLists = approved;
  const tabId = request.tabId ?? sender.tab?.id;
  if (tabId === undefined) return failure(PREFILL_TEXTS.no_tab);
  // Checked again on every fill: the records may have changed since the choice was made.
  return { ok: true, tabId, check: checkCase(resolved.case, todayIso()) };
}

function caseCheckAnswer(check: CaseCheck): CaseCheckAnswer {
  return {
    ok: mayFill(check),
    problems: check.problems,
    fkGrant: check.fkGrant,
    ...(check.values?.amount
      ? {
          cost: {
            amount: check.values.amount,
            ...(check.values['amount.exVat'] ? { exVat: check.values['amount.exVat'] } : {}),
            ...(check.values['amount.incVat'] ? { incVat: check.values['amount.incVat'] } : {}),
          },
        }
      : {}),
  };
}

/** Misses whose value the user can type themselves: shown in the panel, never sent to the page. */
const TYPE_IT: ReadonlySet<string> = new Set(['owner_unclear', 'duplicate', 'ambiguous']);

function withValuesToType(lines: readonly ReportLine[], values: PrefillValues): ReportLine[] {
  return lines.map((line) => {
    if (line.toType || !line.field || line.field === 'kinds') return line;
    const wanted =
      (line.status === 'skipped' && line.reason && TYPE_IT.has(line.reason)) ||
      line.status === 'invalid' ||
      line.status === 'mismatch';
    const value = wanted ? values[line.field as Exclude<ApplicationField, 'kinds'>] : undefined;
    return typeof value === 'string' && value ? { ...line, toType: value } : line;
  });
}

const NOT_FK = failure(PREFILL_TEXTS.not_fk);

async function fillTab(tabId: number, check: CaseCheck, overwrite: boolean): Promise<FillAnswer> {
  if (!mayFill(check)) return { ok: false, problems: check.problems } satisfies RunFailure;
  // The panel names the tab (it has no `sender.tab`): only a tab whose content script reported
  // from FK's e-service is filled.
  const step = steps.get(tabId);
  if (!step) return NOT_FK;
  armed.set(tabId, {
    values: check.values,
    origin: step.origin,
    answered: false,
  });
  try {
    const report = await sendToTab(tabId, {
      type: 'prefill:run',
      overwrite,
      signature: step.signature,
      values: pickValues(check.values, step.fields),
    });
    if (!report) throw new Error('no answer');
    return {
      ...(report.ok ? { ...report, lines: withValuesToType(report.lines, check.values) } : report),
      warnings: check.problems,
      attachmentName: check.values.attachment,
    };
  } catch {
    return failure(PREFILL_TEXTS.page_no_answer);
  } finally {
    armed.delete(tabId);
  }
}

/**
 * Chrome only, and only from the cue's click on FK's page: `sidePanel.open` needs the user's
 * gesture, which lasts while this runs synchronously in the message listener.
 */
function openPanel(tabId: number): void {
  const sidePanel = (
    browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }
  ).sidePanel;
  sidePanel?.open({ tabId }).catch(() => undefined);
}

export function handleContentRequest(message: unknown, sender: Sender) {
  const frame = fkTopFrame(sender);
  if (OpenPanelSchema.safeParse(message).success) {
    if (frame) openPanel(frame.tabId);
    return undefined;
  }
  if (PageLeftSchema.safeParse(message).success) {
    if (frame) forgetTab(frame.tabId);
    return undefined;
  }
  const step = StepAnnouncementSchema.safeParse(message);
  if (step.success) {
    if (frame) {
      steps.delete(frame.tabId);
      steps.set(frame.tabId, {
        signature: step.data.signature,
        fields: step.data.fields,
        origin: frame.origin,
      });
    }
    return undefined;
  }
  const parsed = ContentRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const click = frame ? armed.get(frame.tabId) : undefined;
  if (!frame || !click || click.answered || (click.origin && click.origin !== frame.origin)) {
    return failure(PREFILL_TEXTS.choose_case_first);
  }
  click.answered = true;
  // The step on screen at the click, reported with the request, is now the tab's step.
  steps.set(frame.tabId, {
    signature: parsed.data.signature,
    fields: parsed.data.fields,
    origin: frame.origin,
  });
  return pickValues(click.values, parsed.data.fields);
}

/** Forgets a tab's step and any click in progress: it navigated, closed or left FK. */
export function forgetTab(tabId: number): void {
  armed.delete(tabId);
  steps.delete(tabId);
}

export function registerPrefillHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse) => {
    let answer: unknown;
    if (fromExtensionPage(sender)) answer = handlePanelRequest(message, sender);
    // A content script: only ever the values of the fields on its screen, during a click.
    else if (sender.tab?.id !== undefined) answer = handleContentRequest(message, sender);
    if (answer === undefined) return undefined;
    Promise.resolve(answer).then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous answer (works in every MV3 browser).
    return true;
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  // The content script says when its page goes (PAGE_LEFT). A load also ends any click in
  // progress; its step is not forgotten here, because this event can arrive after the new
  // page's own report. A URL outside FK (seen only with host access) is another site.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') armed.delete(tabId);
    if (change.url && !originAllowed(change.url, FK_PAGES)) forgetTab(tabId);
  });
  if (import.meta.env.MODE === 'e2e') {
    const g = globalThis as { stodkollenRestoreBackup?: unknown; stodkollenReportedTab?: unknown };
    g.stodkollenRestoreBackup = restoreBackupForTests;
    // The tests open the panel as a page (`?tabId=`): it must name the tab that reported last.
    g.stodkollenReportedTab = () => [...steps.keys()].at(-1);
  }
}
