/**
 * Messages between the panel (or popup), the background and the content script. Every message is
 * parsed with these schemas on arrival: a message is external input.
 */
import * as z from 'zod/mini';
import { APPLICATION_FIELDS } from '../../core/prefill/fields.ts';

/**
 * Bounds of what a message may carry. The records store accepts ids and insatser without a small
 * limit (an import may hold long ids and hundreds of insatser in one year), so these are far above
 * anything real: a real choice always passes, a flood is refused.
 */
export const MESSAGE_LIMITS = { id: 1000, insatser: 10_000 } as const;

const id = z.string().check(z.minLength(1), z.maxLength(MESSAGE_LIMITS.id));

export const CaseChoiceSchema = z.object({
  employeeId: id,
  insatsIds: z.array(id).check(z.minLength(1), z.maxLength(MESSAGE_LIMITS.insatser)),
  applicationId: z.optional(id),
});
export type CaseChoice = z.output<typeof CaseChoiceSchema>;

export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prefill:hello') }),
  z.object({
    type: z.literal('prefill:fill'),
    choice: CaseChoiceSchema,
    overwrite: z.boolean(),
    /** The popup names the active tab; the panel is inside its tab already. */
    tabId: z.optional(z.number().check(z.int(), z.gte(0))),
  }),
  z.object({ type: z.literal('prefill:invoice-basis'), choice: CaseChoiceSchema }),
  /** Checks the case as soon as it is chosen, so problems show before "Fyll i". */
  z.object({
    type: z.literal('prefill:check'),
    choice: CaseChoiceSchema,
    tabId: z.optional(z.number().check(z.int(), z.gte(0))),
  }),
]);
export type PanelRequest = z.output<typeof PanelRequestSchema>;

export const ContentRequestSchema = z.object({
  type: z.literal('prefill:values'),
  fields: z.array(z.enum(APPLICATION_FIELDS)).check(z.maxLength(APPLICATION_FIELDS.length)),
  /** The step on screen at the click: the values given are for its fields only. */
  signature: z.string().check(z.maxLength(20_000)),
});
export type ContentRequest = z.output<typeof ContentRequestSchema>;

/** Sent by the cue's button on the page: open the side panel for this tab (Chrome). */
export const OPEN_PANEL = 'prefill:open-panel';

/** Sent by the content script when its page goes away (navigation, reload): forget its step. */
export const PAGE_LEFT = 'prefill:page-left';

/** Sent by the content script when the e-service shows another step. */
export const STEP_CHANGED = 'prefill:step-changed';

const fieldList = z.array(z.enum(APPLICATION_FIELDS)).check(z.maxLength(APPLICATION_FIELDS.length));

/**
 * The step on screen, announced by the content script: which application fields it asks for (never
 * values). "Fyll i" can then send exactly those values with the request, saving a round trip.
 */
export const StepAnnouncementSchema = z.object({
  type: z.literal(STEP_CHANGED),
  signature: z.string().check(z.maxLength(20_000)),
  fields: fieldList,
});

export const RunRequestSchema = z.object({
  type: z.literal('prefill:run'),
  overwrite: z.boolean(),
  /** The announced step these values are for; used only if the page still shows it. */
  signature: z.optional(z.string().check(z.maxLength(20_000))),
  values: z.optional(
    z.record(
      z.enum(APPLICATION_FIELDS),
      z.optional(z.union([z.string().check(z.maxLength(500)), z.array(z.string())])),
    ),
  ),
});

export interface ReportLine {
  label: string;
  field?: string;
  status: 'filled' | 'already' | 'invalid' | 'mismatch' | 'skipped';
  reason?: string;
  /** What the user can type or choose instead (shown in the panel only, never on the page). */
  toType?: string;
}

export interface RunReport {
  ok: true;
  lines: ReportLine[];
  /** Fields the fill revealed (a follow-up question): the next click fills them. */
  more?: number;
}

export interface RunFailure {
  ok: false;
  problems: { sv: string; en: string; severity: 'stop' | 'warn' }[];
}
