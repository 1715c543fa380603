/**
 * Messages between the panel (or popup), the background and the content script. Every message is
 * parsed with these schemas on arrival: a message is external input.
 */
import * as z from 'zod/mini';
import { APPLICATION_FIELDS } from '../../core/prefill/fields.ts';

const id = z.string().check(z.minLength(1), z.maxLength(200));

export const CaseChoiceSchema = z.object({
  employeeId: id,
  insatsIds: z.array(id).check(z.minLength(1), z.maxLength(500)),
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
});
export type ContentRequest = z.output<typeof ContentRequestSchema>;

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
}

export interface RunReport {
  ok: true;
  lines: ReportLine[];
}

export interface RunFailure {
  ok: false;
  problems: { sv: string; en: string; severity: 'stop' | 'warn' }[];
}
