/**
 * The content script's logic on FK's e-service: shows the cue that opens the side panel, fills on
 * request, watches the single-page app for a new step and tells the panel, and fails visibly when
 * the extension was updated under the open tab. It never opens IndexedDB (that would be FK's storage, not ours).
 */
import { browser } from 'wxt/browser';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import type { ApplicationField, PrefillValues } from '../../core/prefill/fields.ts';
import { fieldsNeeded, matchFields } from '../../core/prefill/match.ts';
import {
  PAGE_LEFT,
  type RunFailure,
  RunRequestSchema,
  STEP_CHANGED,
} from '../messaging/protocol.ts';
import { sendToBackground } from '../messaging/send.ts';
import { collectFields, stepSignature } from './collect.ts';
import { type Cue, mountCue } from './cue.ts';
import { refreshNotes } from './notes.ts';
import { runFill } from './run.ts';

/** False once the extension was updated or removed under this tab. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

const RELOAD_FAILURE: RunFailure = {
  ok: false,
  problems: [{ ...PREFILL_TEXTS.reload, severity: 'stop' }],
};

/** FK's site has many pages: the cue appears only where the application's questions are asked. */
const FIELDS_FOR_CUE = 2;

function asksForTheApplication(doc: Document): boolean {
  const matched = matchFields(collectFields(doc).descriptions).filter((m) => m.field);
  return matched.length >= FIELDS_FOR_CUE;
}

async function askValues(fields: ApplicationField[], signature: string, cue: () => Cue) {
  if (!extensionAlive()) {
    cue().showReloadNotice();
    return RELOAD_FAILURE;
  }
  try {
    const answer = await sendToBackground({ type: 'prefill:values', fields, signature });
    if (answer) return answer;
    cue().showReloadNotice();
    return RELOAD_FAILURE;
  } catch {
    cue().showReloadNotice();
    return RELOAD_FAILURE;
  }
}

export function startPrefill(doc: Document): void {
  let mounted: Cue | undefined;
  const cue = () => {
    mounted ??= mountCue(doc, import.meta.env.BROWSER === 'firefox');
    return mounted;
  };
  if (asksForTheApplication(doc)) cue();

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const parsed = RunRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const { signature, values } = parsed.data;
    const prefetched =
      signature && values ? { signature, values: values as PrefillValues } : undefined;
    runFill(
      doc,
      (fields, signature) => askValues(fields, signature, cue),
      parsed.data.overwrite,
      prefetched,
    ).then(sendResponse, () => sendResponse({ ok: false, problems: [] }));
    return true;
  });

  /** Tells the background which application fields the step on screen asks for (no values). */
  const announce = (descriptions: ReturnType<typeof collectFields>['descriptions']) =>
    sendToBackground({
      type: STEP_CHANGED,
      signature: stepSignature(descriptions),
      fields: fieldsNeeded(matchFields(descriptions)),
    });

  // The e-service is a single-page app: a new step is new fields, without a page load.
  const first = collectFields(doc).descriptions;
  let signature = stepSignature(first);
  if (mounted) announce(first).catch(() => undefined);
  // Navigation, reload or closing: the background forgets this page's step. A page restored from
  // the back-forward cache reports it again.
  const win = doc.defaultView;
  win?.addEventListener('pagehide', () => {
    if (extensionAlive()) sendToBackground({ type: PAGE_LEFT }).catch(() => undefined);
  });
  win?.addEventListener('pageshow', (e) => {
    if (e.persisted && mounted) announce(collectFields(doc).descriptions).catch(() => undefined);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { descriptions } = collectFields(doc);
      const next = stepSignature(descriptions);
      if (next === signature) return;
      signature = next;
      // Fields came or went: notes follow their fields, and go with them.
      refreshNotes(doc);
      if (!mounted && !asksForTheApplication(doc)) return;
      if (!extensionAlive()) {
        observer.disconnect();
        cue().showReloadNotice();
        return;
      }
      cue();
      announce(descriptions).catch(() => {
        if (!extensionAlive()) {
          observer.disconnect();
          cue().showReloadNotice();
        }
      });
    }, 150);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
}
