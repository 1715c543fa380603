/**
 * Playwright fixtures: a persistent Chromium context with the real built extension
 * (`.output/chrome-mv3-e2e`, built with `wxt build --mode e2e`) and its id.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export const test = base.extend<{
  /**
   * The first start's choice, made before any page opens: `true` (the default) as a user who chose
   * "okrypterat", so specs about other features open the records directly; `false` leaves the
   * choice to the spec (the vault's own specs).
   */
  unencryptedChosen: boolean;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}>({
  unencryptedChosen: [true, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), 'stodkollen-')),
      {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
        ],
      },
    );
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context, unencryptedChosen }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (unencryptedChosen) {
      await worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { set(items: object): Promise<void> } } };
          }
        ).chrome.storage.local.set({ 'vault.unencryptedChosen': true }),
      );
    }
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;
