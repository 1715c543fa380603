/**
 * The small cue on FK's page: "Stödkollen kan fylla i det här steget", and nothing from the
 * records. In Chrome its button opens the side panel (the click is relayed to the background,
 * which keeps the user's gesture); Firefox does not keep the gesture across that relay, so there
 * the cue says how to open the sidebar. A closed shadow root keeps the page's styles out.
 */
import type { Bilingual, Lang } from '../../core/i18n/format.ts';
import { PREFILL_TEXTS } from '../../core/i18n/messages-prefill.ts';
import { OPEN_PANEL } from '../messaging/protocol.ts';
import { sendToBackground } from '../messaging/send.ts';
import { markOurs } from './ours.ts';

export interface Cue {
  /** Replaces the cue with a notice: the extension was updated under this open tab. */
  showReloadNotice(): void;
}

const BOX =
  'background:#fff;color:#1a1a1a;border:2px solid #1b365d;border-radius:6px;padding:8px 10px;font:14px/1.35 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.2);max-width:260px';

const both = (text: Bilingual) => `${text.sv} / ${text.en}`;

function para(doc: Document, lang: Lang, text: Bilingual): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.lang = lang;
  p.style.margin = '0 0 4px';
  p.textContent = text[lang];
  return p;
}

export function mountCue(doc: Document, firefox: boolean): Cue {
  const host = doc.createElement('div');
  host.setAttribute('data-stodkollen-ui', '');
  markOurs(host);
  host.style.cssText = 'position:fixed;right:12px;bottom:12px;z-index:2147483647';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'complementary');
  box.setAttribute('aria-label', 'Stödkollen');
  box.style.cssText = BOX;
  box.append(
    para(doc, 'sv', PREFILL_TEXTS.cue_can_fill),
    para(doc, 'en', PREFILL_TEXTS.cue_can_fill),
  );
  if (firefox) {
    box.append(
      para(doc, 'sv', PREFILL_TEXTS.cue_open_sidebar),
      para(doc, 'en', PREFILL_TEXTS.cue_open_sidebar),
    );
  } else {
    const open = doc.createElement('button');
    open.type = 'button';
    open.textContent = both(PREFILL_TEXTS.cue_open);
    open.style.cssText = 'font:inherit;margin-top:4px;padding:4px 10px;cursor:pointer';
    // Sent straight from the click: the background opens the side panel within the gesture.
    open.addEventListener('click', () => {
      sendToBackground({ type: OPEN_PANEL }).catch(() => undefined);
    });
    box.append(open);
  }
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.textContent = '×';
  hide.setAttribute('aria-label', both(PREFILL_TEXTS.cue_hide));
  hide.style.cssText =
    'position:absolute;top:2px;right:4px;border:0;background:none;font:16px sans-serif;cursor:pointer';
  hide.addEventListener('click', () => host.remove());
  box.style.position = 'relative';
  box.append(hide);
  root.append(box);
  doc.body.append(host);

  return {
    showReloadNotice() {
      const notice = doc.createElement('div');
      notice.setAttribute('role', 'alert');
      notice.style.cssText = `${BOX};background:#fff3cd;border-color:#8a6d00`;
      const reload = doc.createElement('button');
      reload.type = 'button';
      reload.textContent = both(PREFILL_TEXTS.reload_button);
      reload.addEventListener('click', () => doc.defaultView?.location.reload());
      notice.append(
        para(doc, 'sv', PREFILL_TEXTS.reload),
        para(doc, 'en', PREFILL_TEXTS.reload),
        reload,
      );
      root.replaceChildren(notice);
      host.setAttribute('data-stodkollen-ui', 'reload');
      if (!host.isConnected) doc.body.append(host);
    },
  };
}
