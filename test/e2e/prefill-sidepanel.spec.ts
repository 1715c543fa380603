/**
 * The real side panel, once: a click on the cue in FK's page opens it through the background
 * (the gesture survives the relay in Chrome). Playwright does not list the side panel as a page,
 * so it is found with `chrome.runtime.getContexts`. Every other panel test drives the same page
 * opened as a page of its own (prefill-helpers.ts, `?tabId=`).
 */
import { expect, test } from './fixtures.ts';
import { seedRecords } from './prefill-helpers.ts';

type Contexts = { contextType: string; documentUrl?: string; tabId?: number }[];

test('the cue on the page opens the real side panel for that tab, and the cue lists no records', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const host = page.locator('[data-stodkollen-ui]');
  await expect(host).toHaveCount(1);
  const panels = () =>
    serviceWorker.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { runtime: { getContexts(f: unknown): Promise<unknown> } };
        }
      ).chrome;
      return (await c.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as Contexts;
    });
  expect(await panels()).toEqual([]);
  await expect(page.locator('body')).not.toContainText('Sven Svensson');

  // The cue sits in a closed shadow root: click where a person sees its button.
  const box = await host.boundingBox();
  if (!box) throw new Error('the cue has no box');
  await page.mouse.click(box.x + 60, box.y + box.height - 20);
  // One panel, with the panel's page: its context is listed before its document has an address.
  await expect
    .poll(async () => (await panels()).map((p) => new URL(p.documentUrl || 'about:blank').pathname))
    .toEqual(['/sidepanel.html']);
});

test('the popup opens the side panel too', async ({ context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('button', { name: /Fyll i ansökan i sidopanelen/ }).click();
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(f: unknown): Promise<unknown[]> } };
          }
        ).chrome;
        return (await c.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      }),
    )
    .toBe(1);
});
