/**
 * The parts the first view does not need (Sparade kalkyler, Så räknar vi, the English texts, the
 * copied summary) load from files beside the main one on first use: under a strict CSP with
 * Trusted Types enforced, and under a nonce-based CSP with 'strict-dynamic' where only the
 * script tag carries the nonce. None of them is fetched before it is needed.
 */
import { expect, type Page, test } from '@playwright/test';
import {
  collectProblems,
  TAG,
  WIDGET_MODULE,
  WIDGET_SCRIPT,
  widgetsReady,
} from './widget-helpers.ts';

const STRICT_TT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
const NONCE = 'r4nd0m-n0nce-2026';
const NONCE_CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;

function hostPage(scriptTag: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värdsida</title>
${scriptTag}</head><body><main>
<${TAG} id="sv" categories="utredning:3000"></${TAG}>
<${TAG} id="en" lang="en" categories="utredning:3000"></${TAG}>
</main></body></html>`;
}

async function serveHost(page: Page, path: string, csp: string, scriptTag: string) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__violations', { value: violations });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
      body: hostPage(scriptTag),
    }),
  );
}

async function openEveryLazyPart(page: Page): Promise<void> {
  const sv = page.locator('#sv');
  const en = page.locator('#en');
  await expect(en.getByLabel('Cost in kronor')).toBeVisible();
  await sv.getByText('Så räknar vi').click();
  await expect(sv.getByRole('table')).toBeVisible();
  await sv.getByText('Sparade kalkyler', { exact: true }).click();
  await sv.getByLabel('Namn på kalkylen').fill('Utredning');
  await sv.getByRole('button', { name: 'Spara kalkylen' }).click();
  await expect(sv.locator('[data-saved="Utredning"]')).toBeVisible();
  await en.getByText('How we count').click();
  await expect(en.getByRole('table')).toBeVisible();
  await sv.getByRole('button', { name: 'Kopiera sammanfattning' }).click();
  await expect(sv.getByText(/Sammanfattningen är kopierad|Kunde inte kopiera/)).toBeVisible();
}

test('lazy parts load on first use under a strict CSP with Trusted Types, none before', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await serveHost(
    page,
    '/fhv/lazy-strict.html',
    STRICT_TT,
    `<script src="${WIDGET_SCRIPT}" async></script>`,
  );
  const problems = collectProblems(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/fhv/lazy-strict.html');
  await widgetsReady(page, 2);
  // The first view: the loader, the main file and (for the English widget) the English texts;
  // nothing the main file would need before it runs, such as a chunk it shares with the parts.
  // The result's details follow after the first frame, once for both widgets.
  expect(scripts.filter((s) => !/-en-|-Details-/.test(s))).toEqual([WIDGET_SCRIPT, WIDGET_MODULE]);
  expect(scripts.filter((s) => /-en-/.test(s))).toHaveLength(1);
  await expect(page.locator('#sv').getByRole('heading', { name: 'Därför' }).first()).toBeVisible();
  await expect(page.locator('#en').getByRole('heading', { name: 'Why' }).first()).toBeVisible();
  expect(scripts.filter((s) => /-Details-/.test(s))).toHaveLength(1);

  await openEveryLazyPart(page);
  expect(scripts.filter((s) => /SavedBody/.test(s))).toHaveLength(1);
  expect(scripts.filter((s) => /HowTable/.test(s))).toHaveLength(1);
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test('the compact layout loads the details when they are opened, under a strict CSP with Trusted Types', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__violations', { value: violations });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  await page.route('**/fhv/lazy-compact.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': STRICT_TT, 'X-Content-Type-Options': 'nosniff' },
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värdsida</title>
<script src="${WIDGET_SCRIPT}" async></script></head><body><main>
<${TAG} layout="compact" sector="kommun" fk-approved="ja" categories="psykologbehandling:12000"></${TAG}>
</main></body></html>`,
    }),
  );
  const problems = collectProblems(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/fhv/lazy-compact.html');
  await widgetsReady(page, 1);
  const widget = page.locator(TAG);
  // The first view: the three totals and the key deadline, no details and no request for them.
  await expect(widget.locator('[data-total="fk"]')).toHaveText(/^0\skr$/);
  await expect(widget.locator('[data-total="afa"]')).toHaveText(/^6\s000\skr$/);
  await expect(widget.locator('[data-total="employer"]')).toHaveText(/^6\s000\skr$/);
  await expect(widget.locator('[data-key-deadline="afa"]')).toContainText(
    'Ansök hos Afa Försäkring senast',
  );
  await expect(widget.getByRole('heading', { name: 'Därför' })).toHaveCount(0);
  expect(scripts.filter((s) => /-Details-/.test(s))).toEqual([]);

  await widget.getByText('Visa per insats, sista dagar och nästa steg').click();
  await expect(widget.getByRole('heading', { name: 'Därför' })).toBeVisible();
  await expect(widget.locator('[data-line="0"] [data-answer="ja"]')).toBeVisible();
  expect(scripts.filter((s) => /-Details-/.test(s))).toHaveLength(1);
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test("lazy parts inherit the README snippet's nonce under a nonce-based CSP with strict-dynamic", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await serveHost(
    page,
    '/fhv/lazy-nonce.html',
    NONCE_CSP,
    `<script type="module" nonce="${NONCE}" src="${WIDGET_MODULE}" async></script>`,
  );
  const problems = collectProblems(page);
  await page.goto('/fhv/lazy-nonce.html');
  await widgetsReady(page, 2);
  await openEveryLazyPart(page);
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test('without the nonce the page itself blocks the widget, as the README warns', async ({
  page,
}) => {
  await serveHost(
    page,
    '/fhv/lazy-no-nonce.html',
    NONCE_CSP,
    `<script src="${WIDGET_SCRIPT}" async></script>`,
  );
  await page.goto('/fhv/lazy-no-nonce.html');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length),
    )
    .toBeGreaterThan(0);
  expect(await page.evaluate((tag) => customElements.get(tag) === undefined, TAG)).toBe(true);
});
