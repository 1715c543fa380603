// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async (m: unknown) => sent.push(m) } },
}));
const { mountCue } = await import('../../../extension/prefill/cue.ts');

/** The cue's closed shadow root, caught as it is made (the page never gets it). */
function mountAndOpen(firefox: boolean): ShadowRoot {
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  mountCue(document, firefox);
  if (!root) throw new Error('no shadow root');
  return root;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  sent.length = 0;
});

describe('the cue on FK\u2019s page', () => {
  it('in Chrome, opens the side panel through the background, and holds no records', () => {
    const root = mountAndOpen(false);
    expect(root.textContent).toContain('Stödkollen kan fylla i det här steget');
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Öppna'));
    open?.click();
    expect(sent).toEqual([{ type: 'prefill:open-panel' }]);
    expect(document.querySelector('[data-stodkollen-ui]')?.shadowRoot).toBeNull();
  });

  it('in Firefox, says how to open the sidebar instead of offering a button that cannot work', () => {
    const root = mountAndOpen(true);
    expect(root.textContent).toContain('Öppna sidofältet med Stödkollens knapp i verktygsfältet');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.includes('Öppna'))).toBe(
      false,
    );
  });
});
