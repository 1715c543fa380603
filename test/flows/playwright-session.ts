/** The Chromium driver of the shared flows: Playwright with the fixtures of `test/e2e/`. */
import type { BrowserContext, ElementHandle, Frame, Page, Worker } from '@playwright/test';
import { makeSurface, type Session, type Surface, type Tab, waitUntil } from './driver.ts';

function surfaceOf(frame: Frame | Page): Surface {
  return makeSurface<ElementHandle<HTMLElement>>({
    evaluate: (script) => frame.evaluate(script),
    async element(script) {
      const handle = await frame.evaluateHandle(script);
      return handle.asElement() as ElementHandle<HTMLElement> | null;
    },
    click: (el) => el.click(),
    select: async (el, value) => {
      await el.selectOption(value);
    },
    setFile: (el, file) =>
      el.setInputFiles({
        name: file.name,
        mimeType: file.mimeType,
        buffer: Buffer.from(file.content, 'utf8'),
      }),
  });
}

function tabOf(page: Page): Tab {
  return { ...surfaceOf(page), close: () => page.close() };
}

export function playwrightSession(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
): Session {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  const pages = new WeakMap<Tab, Page>();
  return {
    browserName: 'chromium',
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return tabOf(page);
    },
    async webPage(path) {
      const page = await context.newPage();
      await page.goto(path);
      const tab = tabOf(page);
      pages.set(tab, page);
      return tab;
    },
    async openPanel(tab) {
      // The side panel's page, opened for the tab its content script reported, with the test
      // builds' `?tabId=` hook: Playwright does not list the real side panel. In a window of its
      // own, as the real panel sits beside the page, so the e-service tab stays visible.
      const page = pages.get(tab);
      if (!page) throw new Error('openPanel needs a tab from webPage()');
      // The e2e build's content script marks the page once it has reported its step (never in
      // production): before that, the last tab to report is another one.
      await waitUntil('the content script on the page', () =>
        tab.run<boolean>(
          `() => document.documentElement.getAttribute('data-stodkollen') === 'ready'`,
        ),
      );
      const tabId = await waitUntil('the content script to report its step', () =>
        serviceWorker.evaluate(() =>
          (
            globalThis as unknown as { stodkollenReportedTab(): number | undefined }
          ).stodkollenReportedTab(),
        ),
      );
      const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
      const opened = context.waitForEvent('page', (p) => p.url().startsWith(url.split('?')[0]!));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Target.createTarget', { url, newWindow: true });
      await cdp.detach();
      const panel = surfaceOf(await opened);
      await panel.waitFor({ button: 'Fyll i' });
      return panel;
    },
    async seedBackup(text) {
      await serviceWorker.evaluate(async (t) => {
        const g = globalThis as unknown as { stodkollenRestoreBackup(t: string): Promise<void> };
        await g.stodkollenRestoreBackup(t);
      }, text);
    },
    requests: () => urls,
  };
}
