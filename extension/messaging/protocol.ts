/**
 * The extension's message contract: every message between its parts, with the schema its request
 * is parsed with on arrival (a message is external input) and the type of its answer. The
 * background, the content script, the prefill panel, the popup and the dashboard import it, and
 * `send.ts` sends through it, so a request and its answer are declared once, here.
 *
 * Who sends what:
 * - panel or popup → background: `prefill:*` in `PanelRequestSchema`, `vault:*` in
 *   `VaultRequestSchema` (the dashboard too);
 * - content script → background: `prefill:values`, `prefill:step-changed`, `prefill:page-left`,
 *   `prefill:open-panel`; the step announcement also reaches the open panel;
 * - background → content script: `prefill:run`.
 */
import * as z from 'zod/mini';
import type { CaseProblem } from '../../core/prefill/case.ts';
import { APPLICATION_FIELDS, type PrefillValues } from '../../core/prefill/fields.ts';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../core/vault/auto-lock.ts';
import type { VaultFailure } from '../../core/vault/errors.ts';

/**
 * Bounds of what a message may carry. The records store accepts ids and insatser without a small
 * limit (an import may hold long ids and hundreds of insatser in one year), so these are far above
 * anything real: a real choice always passes, a flood is refused.
 */
export const MESSAGE_LIMITS = { id: 1000, insatser: 10_000 } as const;

const id = z.string().check(z.minLength(1), z.maxLength(MESSAGE_LIMITS.id));
const tabId = z.optional(z.number().check(z.int(), z.gte(0)));
const signature = z.string().check(z.maxLength(20_000));
const fieldList = z.array(z.enum(APPLICATION_FIELDS)).check(z.maxLength(APPLICATION_FIELDS.length));

export const CaseChoiceSchema = z.object({
  employeeId: id,
  insatsIds: z.array(id).check(z.minLength(1), z.maxLength(MESSAGE_LIMITS.insatser)),
  applicationId: z.optional(id),
});
export type CaseChoice = z.output<typeof CaseChoiceSchema>;

// ——— panel (or popup) → background ———

const HelloSchema = z.object({ type: z.literal('prefill:hello') });
const FillSchema = z.object({
  type: z.literal('prefill:fill'),
  choice: CaseChoiceSchema,
  overwrite: z.boolean(),
  /** The popup names the active tab; the panel is inside its tab already. */
  tabId,
});
const InvoiceBasisSchema = z.object({
  type: z.literal('prefill:invoice-basis'),
  choice: CaseChoiceSchema,
});
/** Checks the case as soon as it is chosen, so problems show before "Fyll i". */
const CheckSchema = z.object({ type: z.literal('prefill:check'), choice: CaseChoiceSchema, tabId });

export const PanelRequestSchema = z.discriminatedUnion('type', [
  HelloSchema,
  FillSchema,
  InvoiceBasisSchema,
  CheckSchema,
]);
export type PanelRequest = z.output<typeof PanelRequestSchema>;

// ——— content script → background ———

export const ContentRequestSchema = z.object({
  type: z.literal('prefill:values'),
  fields: fieldList,
  /** The step on screen at the click: the values given are for its fields only. */
  signature,
});
export type ContentRequest = z.output<typeof ContentRequestSchema>;

/** Sent by the cue's button on the page: open the side panel for this tab (Chrome). */
export const OPEN_PANEL = 'prefill:open-panel';
export const OpenPanelSchema = z.object({ type: z.literal(OPEN_PANEL) });

/** Sent by the content script when its page goes away (navigation, reload): forget its step. */
export const PAGE_LEFT = 'prefill:page-left';
export const PageLeftSchema = z.object({ type: z.literal(PAGE_LEFT) });

/** Sent by the content script when the e-service shows another step. */
export const STEP_CHANGED = 'prefill:step-changed';

/**
 * The step on screen, announced by the content script: which application fields it asks for (never
 * values). "Fyll i" can then send exactly those values with the request, saving a round trip.
 */
export const StepAnnouncementSchema = z.object({
  type: z.literal(STEP_CHANGED),
  signature,
  fields: fieldList,
});

// ——— background → content script ———

export const RunRequestSchema = z.object({
  type: z.literal('prefill:run'),
  overwrite: z.boolean(),
  /** The announced step these values are for; used only if the page still shows it. */
  signature: z.optional(signature),
  values: z.optional(
    z.partialRecord(
      z.enum(APPLICATION_FIELDS),
      z.optional(z.union([z.string().check(z.maxLength(500)), z.array(z.string())])),
    ),
  ),
});

// ——— extension pages → background: the vault ———

// Long enough for any passphrase a person types; short enough that a message cannot make the
// KDF hash megabytes.
const passphrase = z.string().check(z.maxLength(1024));

export const VaultRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vault:status') }),
  z.object({ type: z.literal('vault:unlock'), passphrase }),
  z.object({
    type: z.literal('vault:unlock-recovery'),
    recoveryCode: z.string().check(z.maxLength(100)),
  }),
  z.object({ type: z.literal('vault:lock') }),
  /** Sent by extension pages on user input, at most every 30 s; pushes the auto-lock back. */
  z.object({ type: z.literal('vault:activity') }),
  z.object({
    type: z.literal('vault:set-idle-minutes'),
    idleMinutes: z.number().check(z.int(), z.gte(MIN_IDLE_MINUTES), z.lte(MAX_IDLE_MINUTES)),
  }),
  z.object({ type: z.literal('vault:change-passphrase'), current: passphrase, next: passphrase }),
  /** After unlocking with the recovery code: a new passphrase without the old one. */
  z.object({ type: z.literal('vault:reset-passphrase'), next: passphrase }),
  /**
   * An extension page asks for the unlocked keys, to read the records it shows. Answered only
   * while unlocked (the auto-lock is checked first), and only to extension pages.
   */
  z.object({ type: z.literal('vault:keys') }),
  /** Setup in the dashboard: the new vault's keys, once its header is stored. */
  z.object({ type: z.literal('vault:adopt'), secret: z.string().check(z.maxLength(200)) }),
]);
export type VaultRequest = z.output<typeof VaultRequestSchema>;

// ——— answers ———

/** Why a request was refused, in Swedish and English; `stop` means nothing was filled. */
export type Problem = CaseProblem;

export interface RunFailure {
  ok: false;
  problems: Problem[];
}

export interface ReportLine {
  label: string;
  field?: string;
  status: 'filled' | 'already' | 'invalid' | 'mismatch' | 'skipped';
  reason?: string;
  /** What the user can type or choose instead (shown in the panel only, never on the page). */
  toType?: string;
}

/** The content script's report of one click. */
export interface RunReport {
  ok: true;
  lines: ReportLine[];
  /** Fields the fill revealed (a follow-up question): the next click fills them. */
  more?: number;
}

/** What the panel offers to choose from: names and ids, never personnummer. */
export interface PanelData {
  tabId?: number;
  /** The records are locked: nothing is offered until they are unlocked. */
  locked?: true;
  employers: { id: string; name: string }[];
  employees: { id: string; name: string; employerId: string }[];
  insatser: { id: string; employeeId: string; name: string; performedOn: string; cost: number }[];
  applications: {
    id: string;
    employeeId: string;
    insatsIds: string[];
    year: number;
    status: string;
  }[];
}

/** The check of a chosen case, before "Fyll i". */
export interface CaseCheckAnswer {
  ok: boolean;
  problems: Problem[];
  /** FK's part by the records' split, in kronor; absent when the case could not be checked. */
  fkGrant?: number;
  /** The cost the application asks for: what the employer bore, with and without VAT. */
  cost?: { amount: string; exVat?: string; incVat?: string };
}

/** The answer to "Fyll i": the content script's report, with the case's warnings. */
export type FillAnswer =
  | (RunReport & { warnings: Problem[]; attachmentName?: string })
  | (RunFailure & { warnings?: Problem[]; attachmentName?: string });

export type InvoiceBasisAnswer = { ok: true; fileName: string; csv: string } | RunFailure;

/**
 * - none: no vault; the records are kept unencrypted ("okrypterat").
 * - locked: a vault exists and its key is not in memory; nothing can be read or filled.
 * - unlocked: the key is held in the background until `lockAt` (ms since the epoch).
 */
export type VaultStatus =
  | { state: 'none' }
  | { state: 'locked'; idleMinutes: number }
  | { state: 'unlocked'; idleMinutes: number; lockAt: number };

export type VaultAnswer =
  | {
      ok: true;
      status: VaultStatus;
      /** Only for `vault:keys` while unlocked: the data key, for the page's memory only. */
      secret?: string;
    }
  | { ok: false; error: VaultFailure; status: VaultStatus };

/** Each message's request and the answer its receiver gives (`undefined`: none is given). */
export type Protocol = {
  'prefill:hello': { request: z.output<typeof HelloSchema>; response: PanelData };
  'prefill:check': { request: z.output<typeof CheckSchema>; response: CaseCheckAnswer };
  'prefill:fill': { request: z.output<typeof FillSchema>; response: FillAnswer };
  'prefill:invoice-basis': {
    request: z.output<typeof InvoiceBasisSchema>;
    response: InvoiceBasisAnswer;
  };
  'prefill:values': { request: ContentRequest; response: PrefillValues | RunFailure };
  'prefill:step-changed': { request: z.output<typeof StepAnnouncementSchema>; response: undefined };
  'prefill:page-left': { request: z.output<typeof PageLeftSchema>; response: undefined };
  'prefill:open-panel': { request: z.output<typeof OpenPanelSchema>; response: undefined };
  'prefill:run': { request: z.output<typeof RunRequestSchema>; response: RunReport | RunFailure };
} & {
  [T in VaultRequest['type']]: {
    request: Extract<VaultRequest, { type: T }>;
    response: VaultAnswer;
  };
};

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];
/** The `prefill:*` messages the panel and the popup send. */
export type PanelMessageType = PanelRequest['type'];
