/**
 * The widget on an FHV page with a strict Content-Security-Policy: it renders and computes without
 * a single CSP violation or console error, sends nothing anywhere, sets no cookie, creates no
 * database just by being shown, and adds one global only (`window.Stodkollen`).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectProblems, kr, TAG, widgetsReady } from './widget-helpers.ts';

interface Watch {
  violations: string[];
  ready: { id: string; lang: string }[];
  keysAtStart: string[];
}

test('both widgets render under the strict CSP with no violation, request, cookie or new global', async ({
  page,
  context,
  baseURL,
}) => {
  // Runs before any of the page's scripts: what the window has, and every CSP violation after that.
  await page.addInitScript(() => {
    const watch = {
      violations: [] as string[],
      ready: [] as unknown[],
      keysAtStart: [] as string[],
    };
    watch.keysAtStart = Object.keys(window);
    Object.defineProperty(window, '__widgetWatch', { value: watch, enumerable: false });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => watch.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      true,
    );
    document.addEventListener('stodkollen:ready', (e) => {
      const detail = (e as CustomEvent<{ lang: string }>).detail;
      watch.ready.push({ id: (e.target as Element).id, lang: detail.lang });
    });
  });
  const problems = collectProblems(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const response = await page.goto('/fhv/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await widgetsReady(page, 2);

  const sv = page.locator('#kalkyl-sv');
  const en = page.locator('#kalkyl-en');
  await expect(
    sv.getByRole('heading', { name: 'Vad kostar rehabiliteringen för er?' }),
  ).toBeVisible();
  await expect(
    en.getByRole('heading', { name: 'What will the rehabilitation cost you?' }),
  ).toBeVisible();
  // The fallback text inside the element is replaced by the shadow root's rendering.
  await expect(page.getByText('Kalkylen laddas.')).toBeHidden();

  // Computing, with the split bar's inline widths, is what could trip style-src 'self'.
  await sv.locator('[data-insats-index="0"]').getByLabel('Kostnad i kronor').fill('10 000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(5000));
  await expect(sv.locator('.bar .fk')).toHaveCSS('width', /^[1-9]/);
  await en.getByLabel('The provider is approved by Försäkringskassan').check();
  await en.locator('[data-insats-index="0"]').getByLabel('Cost in kronor').fill('6000');
  await expect(en.locator('[data-total="fk"]')).toHaveText(kr(3000));
  await sv.getByText('Så räknar vi').click();
  await expect(sv.getByRole('table')).toBeVisible();

  const watch = await page.evaluate(
    () => (window as unknown as { __widgetWatch: Watch }).__widgetWatch,
  );
  expect(watch.violations).toEqual([]);
  expect(problems.errors).toEqual([]);
  expect(watch.ready).toEqual([
    { id: 'kalkyl-sv', lang: 'sv' },
    { id: 'kalkyl-en', lang: 'en' },
  ]);

  const origin = new URL(baseURL!).origin;
  const offSite = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'),
  );
  expect(offSite).toEqual([]);
  expect(requests).toContain(`${origin}/widget/stodkollen-widget.js`);

  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    // The saved estimates' database is opened on first use only.
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: [] });

  const api = await page.evaluate(() => {
    const s = (window as unknown as { Stodkollen: Record<string, unknown> }).Stodkollen;
    return {
      frozen: Object.isFrozen(s),
      tag: s.tag,
      version: s.version,
      define: typeof s.define,
      ruleset: s.ruleset,
    };
  });
  expect(api).toMatchObject({ frozen: true, tag: TAG, define: 'function' });
  expect(api.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  expect(api.ruleset).toMatchObject({ version: expect.any(String), date: expect.any(String) });

  // Only the documented global: nothing from the bundled libraries leaks onto the host's window.
  const added = await page.evaluate(
    (keysAtStart) => Object.keys(window).filter((k) => !keysAtStart.includes(k)),
    watch.keysAtStart,
  );
  expect(added).toEqual(['Stodkollen']);
});
