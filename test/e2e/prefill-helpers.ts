/** Shared steps of the prefill e2e specs: seed records, find the panel frame, fill a step. */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The example records, moved to the current year: FK's deadline for a year is early the next
 * year, and the consistency check runs on today's date.
 */
export const YEAR = String(new Date().getFullYear());
export const RECORDS = JSON.parse(
  readFileSync('test/fixtures/eservice/records.json', 'utf8').replaceAll('2026', YEAR),
).records;

/** Restores the example records as a backup file, through the records store's own restore. */
export async function seedRecords(
  serviceWorker: Worker,
  records: unknown = RECORDS,
): Promise<void> {
  const backup = JSON.stringify({
    format: 'stodkollen-records-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    records,
  });
  await serviceWorker.evaluate(async (text) => {
    const g = globalThis as unknown as { stodkollenRestoreBackup(t: string): Promise<void> };
    await g.stodkollenRestoreBackup(text);
  }, backup);
}

/** Restores the example records the way a user does: the dashboard's "restore a backup". */
export async function restoreThroughDashboard(
  context: BrowserContext,
  extensionId: string,
  records: unknown = RECORDS,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  const backup = {
    format: 'stodkollen-records-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    records,
  };
  await page.getByLabel('Välj säkerhetskopia').setInputFiles({
    name: 'exempel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page
    .getByTestId('restore-preview')
    .getByRole('button', { name: 'Ersätt allt med säkerhetskopian' })
    .click();
  await expect(page.getByText('Säkerhetskopian är återställd.')).toBeVisible();
  await page.close();
}

/** Every request of the browser context, to prove none leaves the machine. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function leftTheMachine(urls: readonly string[]): string[] {
  return urls.filter(
    (u) =>
      !u.startsWith('http://127.0.0.1') &&
      !u.startsWith('chrome-extension://') &&
      !u.startsWith('blob:') &&
      !u.startsWith('data:'),
  );
}

/** The panel: the side panel's page, opened here as a page of its own. */
export type Panel = Page | Frame;

const panels = new WeakMap<Page, Page>();

/**
 * Waits for the content script on the e-service page to report its step, then opens the side
 * panel's page for that tab with the test builds' `?tabId=` hook (Playwright does not list the
 * real side panel; as a tab of its own the panel would otherwise fill itself). One panel per page.
 */
export async function panelOf(page: Page): Promise<Page> {
  await expect(page.locator('html')).toHaveAttribute('data-stodkollen', 'ready');
  const context = page.context();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const reported = () =>
    worker.evaluate(() =>
      (
        globalThis as unknown as { stodkollenReportedTab(): number | undefined }
      ).stodkollenReportedTab(),
    );
  await expect.poll(reported).not.toBeUndefined();
  const tabId = await reported();
  let panel = panels.get(page);
  if (!panel || panel.isClosed()) {
    // In a window of its own, as the real side panel sits beside the page: the e-service tab
    // stays the visible tab of its window, so its timers are not throttled as a hidden tab's.
    const extensionId = new URL(worker.url()).host;
    const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
    const opened = context.waitForEvent('page', (p) =>
      p.url().startsWith(url.split('?')[0] ?? url),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Target.createTarget', { url, newWindow: true });
    await cdp.detach();
    panel = await opened;
    panels.set(page, panel);
  }
  await panel.getByRole('button', { name: /Fyll i/ }).waitFor();
  return panel;
}

/**
 * a1: the investigation and the talk. a2: the same with an Afa-only therapy (9 000 kr) and a health
 * profile neither FK nor Afa pays for (2 000 kr): FK's application asks for the same 18 500 kr.
 */
export async function chooseSavedApplication(panel: Panel, id: 'a1' | 'a2' = 'a1'): Promise<void> {
  await panel.getByLabel('Sparad ansökan').selectOption(id);
}

/** Clicks "Fyll i" and waits for the report of this click. */
export async function fillStep(panel: Panel): Promise<void> {
  const last = panel.locator('[data-run]');
  const runs = (await last.count()) > 0 ? Number(await last.getAttribute('data-run')) : 0;
  await panel.getByRole('button', { name: /Fyll i/ }).click();
  await panel.locator(`[data-run="${runs + 1}"]`).waitFor();
}

/**
 * Fills the step as a user does: click, and click again while the panel says the fill showed new
 * fields (one click never fills what was not on screen at the click). Returns the clicks made.
 */
export async function fillWholeStep(panel: Panel, maxClicks = 4): Promise<number> {
  for (let click = 1; click <= maxClicks; click++) {
    await fillStep(panel);
    if ((await panel.getByTestId('more').count()) === 0) return click;
  }
  throw new Error(`the step still showed new fields after ${maxClicks} clicks`);
}

/** The example records with VAT on the investigation (25 %): the cost with VAT differs. */
export function recordsWithVat(): typeof RECORDS {
  const records = structuredClone(RECORDS);
  records.insatser[0].vat = 3000;
  return records;
}

export async function notFilled(panel: Panel): Promise<string[]> {
  return panel.getByTestId('not-filled').locator('li').allInnerTexts();
}

export async function modelOf(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.getByTestId('model').textContent()) ?? '{}');
}
