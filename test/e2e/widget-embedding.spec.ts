/**
 * What an integrator runs into when embedding the widget: the script included twice, a single-page
 * app moving the element, a mistyped attribute, listening for the result on the document, the
 * script API, and printing.
 */
import { expect, test } from '@playwright/test';
import {
  collectProblems,
  fillInsats,
  insatsRow,
  kr,
  TAG,
  WIDGET_SCRIPT,
  type WidgetElement,
  widgetsReady,
} from './widget-helpers.ts';

test('loading the script a second time is harmless and the widget keeps working', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('5000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(2500));

  const same = await page.evaluate(
    async ([src, tag]) => {
      const w = window as unknown as { Stodkollen: unknown };
      const api = w.Stodkollen;
      const element = customElements.get(tag);
      // Same origin, so the strict CSP (script-src 'self') allows it, as it would a CMS block.
      const script = document.createElement('script');
      script.src = src;
      const loaded = new Promise<string>((ok) => {
        script.onload = () => ok('load');
        script.onerror = () => ok('error');
      });
      document.head.append(script);
      return {
        loaded: await loaded,
        sameApi: w.Stodkollen === api,
        sameElement: customElements.get(tag) === element,
      };
    },
    [WIDGET_SCRIPT, TAG] as const,
  );
  expect(same).toEqual({ loaded: 'load', sameApi: true, sameElement: true });

  // The widgets on the page are still the same, with what was typed, and still compute.
  await expect(page.locator(TAG)).toHaveCount(2);
  await expect(insatsRow(sv, 0).getByLabel('Kostnad i kronor')).toHaveValue('5000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(2500));
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('7000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(3500));
  // Still one form per widget, not two.
  await expect(sv.getByLabel('Sektor')).toHaveCount(1);
  expect(problems.errors).toEqual([]);
});

test('an element removed and added again keeps what was typed and still computes', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.clock.setFixedTime(new Date('2025-05-15T12:00:00'));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  await sv.getByLabel('Medarbetaren är').selectOption('arbetare');
  await fillInsats(insatsRow(sv, 0), {
    category: 'stodsamtal',
    startedOn: '2025-04-01',
    performedOn: '2025-04-30',
    cost: 4321,
  });
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(2160));

  // As a single-page app does when it moves a component: the same node, out and back in.
  const detached = await page.evaluate(() => {
    const el = document.getElementById('kalkyl-sv')!;
    el.remove();
    const wasDetached = !el.isConnected;
    document.body.append(el);
    return wasDetached;
  });
  expect(detached).toBe(true);
  await expect(sv.getByLabel('Medarbetaren är')).toHaveValue('arbetare');
  await expect(insatsRow(sv, 0).getByLabel('Kategori')).toHaveValue('stodsamtal');
  await expect(insatsRow(sv, 0).getByLabel('Startdatum')).toHaveValue('2025-04-01');
  await expect(insatsRow(sv, 0).getByLabel('Kostnad i kronor')).toHaveValue('4321');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(2160));
  await expect(sv.locator('[data-total="employer"]')).toHaveText(kr(2161));

  // Events still reach the page after the move.
  const next = page.evaluate(
    () =>
      new Promise<number>((ok) =>
        document.addEventListener(
          'stodkollen:estimate',
          (e) => ok((e as CustomEvent<{ totals: { cost: number } }>).detail.totals.cost),
          { once: true },
        ),
      ),
  );
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('10000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(5000));
  expect(await next).toBe(10000);
  // Moved, not duplicated.
  await expect(sv.getByLabel('Sektor')).toHaveCount(1);
  expect(problems.errors).toEqual([]);

  // A second round trip, after which reset() goes back to the page's settings.
  await page.evaluate(() => {
    const el = document.getElementById('kalkyl-sv')!;
    const parent = el.parentElement!;
    parent.removeChild(el);
    parent.prepend(el);
  });
  await expect(insatsRow(sv, 0).getByLabel('Kostnad i kronor')).toHaveValue('10000');
  await sv.evaluate((el) => (el as WidgetElement).reset());
  await expect(insatsRow(sv, 0).getByLabel('Kostnad i kronor')).toHaveValue('3000');
  await expect(sv.getByLabel('Medarbetaren är')).toHaveValue('tjansteman');
});

test('a mistyped attribute warns in the console, naming it, and the widget uses the default', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  expect(problems.warnings).toEqual([]);
  await page.evaluate((tag) => {
    const el = document.createElement(tag);
    el.id = 'kalkyl-ny';
    el.setAttribute('lang', 'sv');
    el.setAttribute('sector', 'foo');
    document.querySelector('main')!.append(el);
  }, TAG);
  const fresh = page.locator('#kalkyl-ny');
  await expect(fresh.getByLabel('Sektor')).toBeVisible();
  await expect(fresh.getByLabel('Sektor')).toHaveValue('privat');
  await expect(fresh.getByLabel('Kollektivavtalad sjukförsäkring hos Afa Försäkring')).toHaveValue(
    'AGS',
  );
  await expect.poll(() => problems.warnings.filter((w) => w.includes('sector'))).toHaveLength(1);
  const warning = problems.warnings.find((w) => w.includes('sector'))!;
  expect(warning).toContain(TAG);
  expect(warning).toContain('sector="foo"');
  expect(warning).toContain('privat');

  // Changing it later to another bad value warns again; a good value is taken without a warning.
  await fresh.evaluate((el) => el.setAttribute('sector', 'kommunal'));
  await expect.poll(() => problems.warnings.filter((w) => w.includes('kommunal'))).toHaveLength(1);
  await fresh.evaluate((el) => el.setAttribute('sector', 'region'));
  await expect(fresh.getByLabel('Sektor')).toHaveValue('region');
  await expect(fresh.getByLabel('Kollektivavtalad sjukförsäkring hos Afa Försäkring')).toHaveValue(
    'AGS-KL',
  );
  expect(problems.warnings.filter((w) => w.includes('sector='))).toHaveLength(2);

  // It computes like any other.
  await fresh.getByLabel('Anordnaren är godkänd av Försäkringskassan').check();
  await insatsRow(fresh, 0).getByLabel('Kostnad i kronor').fill('2000');
  await expect(fresh.locator('[data-total="fk"]')).toHaveText(kr(1000));
  expect(problems.errors).toEqual([]);
});

test('stodkollen:estimate reaches the document and carries amounts only, nothing about a person', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2025-05-15T12:00:00'));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  const caught = page.evaluate(
    () =>
      new Promise<{ json: string; bubbles: boolean; composed: boolean; target: string }>((ok) => {
        document.addEventListener('stodkollen:estimate', (e) => {
          const detail = (e as CustomEvent).detail;
          if (detail.totals.cost !== 12000) return;
          ok({
            json: JSON.stringify(detail),
            bubbles: e.bubbles,
            composed: e.composed,
            target: (e.target as Element).id,
          });
        });
      }),
  );
  await insatsRow(sv, 0).getByLabel('Kategori').selectOption('psykologbehandling');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('12000');
  const event = await caught;
  expect(event).toMatchObject({ bubbles: true, composed: true, target: 'kalkyl-sv' });

  const detail = JSON.parse(event.json);
  expect(Object.keys(detail).sort()).toEqual(
    ['asOf', 'deadlines', 'lang', 'lines', 'ruleset', 'totals'].sort(),
  );
  expect(detail).toMatchObject({
    lang: 'sv',
    asOf: '2025-05-15',
    totals: { cost: 12000, fk: 0, afa: 6000, employer: 6000 },
    lines: [{ category: 'psykologbehandling', cost: 12000, fk: 0, afa: 6000, employer: 6000 }],
  });
  const keys: string[] = [];
  const walk = (value: unknown) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        keys.push(k);
        walk(v);
      }
    }
  };
  walk(detail);
  expect(
    keys.filter((k) => /name|namn|person|pnr|employee|medarbetare|email|phone/i.test(k)),
  ).toEqual([]);
  expect(event.json).not.toMatch(/personnummer/i);
  // Not even the provider's name from the page.
  expect(event.json).not.toContain('Friskhälsan');
  // The example page acts on it: its contact form is prefilled with the amounts.
  await expect(page.getByLabel('Meddelande')).toHaveValue(/6\s000\skr/);
});

test('the script API: a second tag name and the offers property', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  await page.evaluate(() => {
    const api = (window as unknown as { Stodkollen: { define(tag: string): void } }).Stodkollen;
    api.define('fhv-rehabkalkyl');
    const el = document.createElement('fhv-rehabkalkyl') as WidgetElement;
    el.id = 'egen';
    el.setAttribute('lang', 'en');
    el.setAttribute('fk-approved', 'ja');
    el.offers = [{ category: 'stresshantering', price: 24000, label: 'Stress school (4 weeks)' }];
    document.querySelector('main')!.append(el);
  });
  const own = page.locator('#egen');
  await expect(
    own.getByRole('heading', { name: 'What will the rehabilitation cost you?' }),
  ).toBeVisible();
  await expect(insatsRow(own, 0).getByLabel('Category')).toHaveValue('stresshantering');
  await expect(insatsRow(own, 0).getByLabel('Category').locator('option:checked')).toHaveText(
    'Stress school (4 weeks)',
  );
  await expect(insatsRow(own, 0).getByLabel('Cost in kronor')).toHaveValue('24000');
  await expect(own.locator('[data-total="cost"]')).toHaveText(kr(24000));
  // The original tag still works beside it.
  await expect(page.locator('#kalkyl-sv').getByLabel('Sektor')).toBeVisible();

  // A list that does not pass the schema is ignored with a warning, and the old one stays.
  await own.evaluate((el) => {
    (el as WidgetElement).offers = [{ category: 'massage' }];
  });
  await expect.poll(() => problems.warnings.filter((w) => w.includes('offers'))).toHaveLength(1);
  const offers = await own.evaluate((el) => (el as WidgetElement).offers);
  expect(offers.map((o) => o.category)).toEqual(['stresshantering']);
  expect(problems.errors).toEqual([]);
});

test('printing shows the result without the form and the buttons', async ({ page }) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('8000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(4000));

  await page.emulateMedia({ media: 'print' });
  await expect(sv.getByLabel('Sektor')).toBeHidden();
  await expect(insatsRow(sv, 0)).toBeHidden();
  for (const name of ['Lägg till insats', 'Kopiera sammanfattning', 'Skriv ut']) {
    await expect(sv.getByRole('button', { name })).toBeHidden();
  }
  await expect(sv.getByText('Sparade kalkyler', { exact: true })).toBeHidden();
  await expect(sv.getByText('Så räknar vi')).toBeHidden();
  for (const total of ['fk', 'afa', 'employer', 'cost']) {
    await expect(sv.locator(`[data-total="${total}"]`)).toBeVisible();
  }
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(4000));
  await expect(sv.locator('[data-deadline="fk"]')).toBeVisible();
  await expect(sv.getByText('Uppskattning, inte ett beslut från Försäkringskassan')).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(sv.getByLabel('Sektor')).toBeVisible();
  await expect(sv.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
});

test('a page that already uses the name gets a warning saying how to use Stodkollen.define()', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.route('**/fhv/taken.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="sv"><body>
        <script>customElements.define('${TAG}', class extends HTMLElement {});</script>
        <${TAG}></${TAG}>
        <min-kalkyl></min-kalkyl>
        <script src="${WIDGET_SCRIPT}"></script></body></html>`,
    }),
  );
  await page.goto('/fhv/taken.html');
  await expect
    .poll(() => problems.warnings.join('\n'))
    .toMatch(new RegExp(`\\[${TAG}\\].*Stodkollen\\.define\\('min-kalkyl'\\)`));
  // Following the advice shows the widget under the new name.
  await page.evaluate(() =>
    (window as unknown as { Stodkollen: { define(tag: string): void } }).Stodkollen.define(
      'min-kalkyl',
    ),
  );
  await expect(page.locator('min-kalkyl').getByLabel('Kostnad i kronor')).toBeVisible();
  expect(problems.errors).toEqual([]);
});
