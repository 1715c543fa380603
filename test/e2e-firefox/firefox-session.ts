/**
 * The Firefox driver of the shared flows: Debian's firefox-esr, headless, driven by puppeteer-core
 * over WebDriver BiDi, with the built Firefox e2e extension (`.output/firefox-mv3-e2e`).
 * The facts it follows are in shared/design/testing.md ("Firefox, for real").
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { makeSurface, type Session, type Surface, type Tab, waitUntil } from '../flows/driver.ts';

export const FIREFOX = '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');
/** The manifest's `browser_specific_settings.gecko.id`. */
export const GECKO_ID = 'stodkollen@stodkollen.se';
/** Fixed through a pref, so extension pages have a known address. */
export const UUID = '5d3c1f0a-7b2e-4f6d-9c8a-1e0b2d4f6a80';
export const ORIGIN = `moz-extension://${UUID}`;

const port = Number(process.env.E2E_PORT ?? 4327);
export const BASE_URL = `http://127.0.0.1:${port}`;

/** Firefox's BiDi frame exposes its browsing context; extension pages need it to navigate. */
interface BidiFrame {
  browsingContext: {
    navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
  };
}

/** `front`: the page to keep in front while acting (the e-service page, for the panel's window). */
function surfaceOf(page: Page, frame: Frame, files: string, front: Page = page): Surface {
  return makeSurface<ElementHandle<HTMLElement>>({
    evaluate: <R>(script: string) => frame.evaluate(script) as Promise<R>,
    async element(script) {
      const handle = await frame.evaluateHandle(script);
      const el = handle.asElement() as ElementHandle<HTMLElement> | null;
      if (!el) await handle.dispose();
      return el;
    },
    // As Playwright does before a click: wait until the target stands still and is what the
    // pointer would hit. puppeteer clicks at coordinates taken once, and a panel whose check
    // result appears above a button moves it between that reading and the click.
    async click(el) {
      await waitUntil('a target that stands still under the pointer', async () => {
        const before = await el.boundingBox();
        await new Promise((r) => setTimeout(r, 80));
        const after = await el.boundingBox();
        if (!before || !after || JSON.stringify(before) !== JSON.stringify(after)) return false;
        return el.evaluate((e) => {
          const r = e.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
          const hit = document.elementFromPoint(x, y);
          return hit !== null && (hit === e || e.contains(hit));
        });
      });
      await el.click();
    },
    select: async (el, value) => {
      await el.select(value);
    },
    async setFile(el, file) {
      // BiDi's input.setFiles takes paths: write the file where the dialog would have found it.
      const dir = mkdtempSync(join(files, 'file-'));
      const path = join(dir, file.name);
      writeFileSync(path, file.content, 'utf8');
      await (el as unknown as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    // Background tabs get no animation frames in Firefox: bring the page forward before acting.
    // Background tabs and windows get no animation frames in Firefox, and the content script fills
    // on the page's frames: bring that page forward before acting.
    beforeAction: () => front.bringToFront(),
  });
}

export async function launchFirefox(): Promise<Session & { close(): Promise<void> }> {
  const files = mkdtempSync(join(tmpdir(), 'stodkollen-ff-'));
  mkdirSync(files, { recursive: true });
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // No update checks, telemetry or other traffic to the internet.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  const urls: string[] = [];
  const pages = new WeakMap<Tab, Page>();

  async function newTab(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => {
      urls.push(r.url());
    });
    await page.bringToFront();
    return page;
  }

  function tabOf(page: Page): Tab {
    const tab: Tab = { ...surfaceOf(page, page.mainFrame(), files), close: () => page.close() };
    pages.set(tab, page);
    return tab;
  }

  async function extensionPage(path: string): Promise<Tab> {
    const page = await newTab();
    const url = `${ORIGIN}/${path}`;
    // Firefox's BiDi sends no navigation events for extension pages: `page.goto` never resolves.
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'none');
    await page.waitForFunction(
      (u) => location.href === u && document.readyState === 'complete',
      { timeout: 10_000 },
      url,
    );
    return tabOf(page);
  }

  // As the Chromium fixtures do: a user who chose "okrypterat" at the first start, so the shared
  // flows open the records directly (the vault's own flows run in test/e2e/records-vault.spec.ts).
  {
    const tab = await extensionPage('dashboard.html');
    await (pages.get(tab) as Page).evaluate(() =>
      (
        globalThis as unknown as {
          browser: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).browser.storage.local.set({ 'vault.unencryptedChosen': true }),
    );
    await tab.close();
  }

  return {
    browserName: 'firefox',
    extensionPage,
    async webPage(path) {
      const page = await newTab();
      await page.goto(new URL(path, BASE_URL).href);
      return tabOf(page);
    },
    async openPanel(tab) {
      // The sidebar's page, opened for the tab its content script reported, with the test builds'
      // `?tabId=` hook (BiDi cannot reach the real sidebar). In a window of its own, so the
      // e-service tab stays visible and keeps getting animation frames.
      if (!pages.get(tab)) throw new Error('openPanel needs a tab from webPage()');
      // The e2e build's content script marks the page once it has reported its step (never in
      // production): before that, the last tab to report is another one.
      await waitUntil('the content script on the page', () =>
        tab.run<boolean>(
          `() => document.documentElement.getAttribute('data-stodkollen') === 'ready'`,
        ),
      );
      const probe = await extensionPage('dashboard.html');
      const probePage = pages.get(probe) as Page;
      const tabId = await waitUntil('the content script to report its step', () =>
        probePage.evaluate(async () => {
          const ext = (
            globalThis as unknown as {
              browser: { runtime: { getBackgroundPage(): Promise<Window> } };
            }
          ).browser;
          const bg = (await ext.runtime.getBackgroundPage()) as unknown as {
            stodkollenReportedTab(): number | undefined;
          };
          return bg.stodkollenReportedTab() ?? undefined;
        }),
      );
      await probe.close();
      const page = await browser.newPage({ type: 'window' });
      page.on('request', (r) => {
        urls.push(r.url());
      });
      const url = `${ORIGIN}/sidepanel.html?tabId=${tabId}`;
      await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'none');
      await page.waitForFunction(
        (u) => location.href === u && document.readyState === 'complete',
        { timeout: 10_000 },
        url,
      );
      // A click in the panel makes the content script fill the e-service page, which therefore
      // stays in front (the panel's own window needs no frames to take a click).
      const panel = surfaceOf(page, page.mainFrame(), files, pages.get(tab) as Page);
      await panel.waitFor({ button: 'Fyll i' });
      return panel;
    },
    async seedBackup(text) {
      const tab = await extensionPage('dashboard.html');
      const page = pages.get(tab) as Page;
      await page.evaluate(async (t) => {
        const ext = (
          globalThis as unknown as {
            browser: { runtime: { getBackgroundPage(): Promise<Window> } };
          }
        ).browser;
        const bg = (await ext.runtime.getBackgroundPage()) as unknown as {
          stodkollenRestoreBackup(t: string): Promise<void>;
        };
        await bg.stodkollenRestoreBackup(t);
      }, text);
      await tab.close();
    },
    requests: () => urls,
    async close() {
      await browser.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}
