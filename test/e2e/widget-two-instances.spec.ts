/**
 * Two widgets on one page (/fhv/: a Swedish one and an English, themed one) are independent: what
 * the employer types in one changes nothing in the other, each sends its own events in its own
 * language, and each speaks its own language.
 */
import { expect, type Locator, test } from '@playwright/test';
import { insatsRow, kr, type WidgetElement, widgetsReady } from './widget-helpers.ts';

interface Seen {
  id: string;
  lang: string;
  cost: number;
}

async function snapshot(widget: Locator, costLabel: string) {
  return {
    cost: await insatsRow(widget, 0).getByLabel(costLabel).inputValue(),
    category: await insatsRow(widget, 0).getByRole('combobox').first().inputValue(),
    sector: await widget.getByRole('combobox').first().inputValue(),
    totals: await widget.locator('[data-total]').allTextContents(),
    rows: await widget.locator('[data-insats-index]').count(),
  };
}

test('typing in one widget leaves the other alone, and each sends its own events', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: Seen[] = [];
    Object.defineProperty(window, '__estimates', { value: seen, enumerable: false });
    document.addEventListener('stodkollen:estimate', (e) => {
      const detail = (e as CustomEvent<{ lang: string; totals: { cost: number } }>).detail;
      seen.push({ id: (e.target as Element).id, lang: detail.lang, cost: detail.totals.cost });
    });
  });
  const seen = () =>
    page.evaluate(() => (window as unknown as { __estimates: Seen[] }).__estimates);

  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  const en = page.locator('#kalkyl-en');

  // Both start from their own page settings: the first offered service and its price.
  await expect(insatsRow(sv, 0).getByLabel('Kostnad i kronor')).toHaveValue('3000');
  await expect(insatsRow(en, 0).getByLabel('Cost in kronor')).toHaveValue('8000');
  await expect(sv.getByLabel('Sektor')).toHaveValue('kommun');
  await expect(en.getByLabel('Sector')).toHaveValue('privat');
  await expect.poll(seen).toEqual([
    { id: 'kalkyl-sv', lang: 'sv', cost: 3000 },
    { id: 'kalkyl-en', lang: 'en', cost: 8000 },
  ]);

  const enBefore = await snapshot(en, 'Cost in kronor');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('12 345');
  await expect(sv.locator('[data-total="cost"]')).toHaveText(kr(12345));
  await sv.getByLabel('Sektor').selectOption('privat');
  await sv.getByRole('button', { name: 'Lägg till insats' }).click();
  await expect(sv.locator('[data-insats-index]')).toHaveCount(2);
  expect(await snapshot(en, 'Cost in kronor')).toEqual(enBefore);

  const events = await seen();
  const afterTyping = events.slice(2);
  expect(afterTyping.length).toBeGreaterThan(0);
  expect(afterTyping.every((e) => e.id === 'kalkyl-sv' && e.lang === 'sv')).toBe(true);
  expect(afterTyping.some((e) => e.cost === 12345)).toBe(true);

  // And the other way round.
  const svBefore = await snapshot(sv, 'Kostnad i kronor');
  const count = (await seen()).length;
  await insatsRow(en, 0).getByLabel('Cost in kronor').fill('777');
  await expect(en.locator('[data-total="cost"]')).toHaveText(kr(777));
  await en.getByLabel('The employee is').selectOption('tjansteman');
  expect(await snapshot(sv, 'Kostnad i kronor')).toEqual(svBefore);
  const fromEn = (await seen()).slice(count);
  expect(fromEn.length).toBeGreaterThan(0);
  expect(fromEn).toContainEqual({ id: 'kalkyl-en', lang: 'en', cost: 777 });
  expect(fromEn.every((e) => e.id === 'kalkyl-en' && e.lang === 'en')).toBe(true);

  // Each element's own `estimate` property follows its own form.
  const totalsOf = (widget: Locator) =>
    widget.evaluate((el) => (el as WidgetElement).estimate?.totals.cost);
  expect(await totalsOf(en)).toBe(777);
  expect(await totalsOf(sv)).toBe(12345 + 3000);
});

test('each widget speaks its own language', async ({ page }) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  const en = page.locator('#kalkyl-en');

  await expect(
    sv.getByRole('heading', { name: 'Vad kostar rehabiliteringen för er?' }),
  ).toBeVisible();
  await expect(
    en.getByRole('heading', { name: 'What will the rehabilitation cost you?' }),
  ).toBeVisible();
  await expect(sv.getByLabel('Sektor')).toBeVisible();
  await expect(en.getByLabel('Sector', { exact: true })).toBeVisible();
  await expect(sv.getByLabel('Sector', { exact: true })).toHaveCount(0);
  await expect(en.getByLabel('Sektor', { exact: true })).toHaveCount(0);
  await expect(sv.getByRole('button', { name: 'Lägg till insats' })).toBeVisible();
  await expect(en.getByRole('button', { name: 'Add an insats' })).toBeVisible();
  await expect(sv.getByRole('button', { name: 'Kopiera sammanfattning' })).toBeVisible();
  await expect(en.getByRole('button', { name: 'Copy summary' })).toBeVisible();
  await expect(sv.getByText('Så räknar vi')).toBeVisible();
  await expect(en.getByText('How we count')).toBeVisible();
  // The sector names inside the select are translated too.
  await expect(en.getByLabel('Sector', { exact: true }).locator('option:checked')).toHaveText(
    'Private company',
  );
  await expect(sv.getByLabel('Sektor').locator('option:checked')).toHaveText('Kommun');
  // Screen readers pronounce each widget in its language.
  await expect(sv.getByRole('region').first()).toHaveAttribute('lang', 'sv');
  await expect(en.getByRole('region').first()).toHaveAttribute('lang', 'en');
  // Only the English widget asks whether the provider is approved (its page does not say).
  await expect(en.getByLabel('The provider is approved by Försäkringskassan')).toBeVisible();
  await expect(sv.getByRole('checkbox')).toHaveCount(0);
});
