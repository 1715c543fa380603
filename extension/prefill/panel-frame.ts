/**
 * The panel on the e-service page: an extension page in an iframe, inside a closed shadow root,
 * so the page's own scripts can neither read the records listed in it nor restyle it.
 */
import { browser } from 'wxt/browser';

export interface PanelFrame {
  /** Replaces the panel with a notice: the extension was updated under this open tab. */
  showReloadNotice(): void;
}

const NOTICE_SV = 'Stödkollen har uppdaterats. Ladda om sidan för att kunna fylla i.';
const NOTICE_EN = 'Stödkollen was updated. Reload the page to fill in.';

export function mountPanel(doc: Document): PanelFrame {
  const host = doc.createElement('div');
  host.setAttribute('data-stodkollen-ui', '');
  host.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:2147483647;width:380px;max-width:calc(100vw - 32px)';
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = browser.runtime.getURL('/prefill-panel.html');
  frame.title = 'Stödkollen: fyll i ansökan / fill in the application';
  frame.style.cssText =
    'width:100%;height:460px;border:2px solid #1b365d;border-radius:6px;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25)';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.textContent = 'Dölj Stödkollen / Hide';
  toggle.style.cssText = 'display:block;margin-left:auto;margin-bottom:4px;font:14px sans-serif';
  toggle.addEventListener('click', () => {
    const hidden = frame.style.display === 'none';
    frame.style.display = hidden ? '' : 'none';
    toggle.textContent = hidden ? 'Dölj Stödkollen / Hide' : 'Visa Stödkollen / Show';
  });
  root.append(toggle, frame);
  doc.body.append(host);

  return {
    showReloadNotice() {
      const notice = doc.createElement('div');
      notice.setAttribute('role', 'alert');
      notice.style.cssText =
        'background:#fff3cd;border:2px solid #8a6d00;border-radius:6px;padding:12px;font:15px sans-serif;color:#000';
      const sv = doc.createElement('p');
      sv.lang = 'sv';
      sv.textContent = NOTICE_SV;
      const en = doc.createElement('p');
      en.lang = 'en';
      en.textContent = NOTICE_EN;
      const reload = doc.createElement('button');
      reload.type = 'button';
      reload.textContent = 'Ladda om sidan / Reload';
      reload.addEventListener('click', () => doc.defaultView?.location.reload());
      notice.append(sv, en, reload);
      root.replaceChildren(notice);
      host.setAttribute('data-stodkollen-ui', 'reload');
    },
  };
}
