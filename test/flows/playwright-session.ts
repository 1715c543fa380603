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
      // Today: an extension iframe inside a closed shadow root in the page.
      const page = pages.get(tab);
      if (!page) throw new Error('openPanel needs a tab from webPage()');
      const frame = await waitUntil('the prefill panel frame', async () =>
        page.frames().find((f) => f.url().includes('/prefill-panel.html')),
      );
      const panel = surfaceOf(frame);
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
