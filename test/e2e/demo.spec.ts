import { expect, test } from '@playwright/test';

test('the demo hub computes a golden case with the core', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Gyllene fall / golden case').selectOption('lena');
  await expect(page.locator('[data-total="fk"]')).toHaveText('9\u00a0000\u00a0kr');
  await expect(page.locator('[data-total="afa"]')).toHaveText('9\u00a0000\u00a0kr');
  await expect(page.getByText('Stämmer med det förväntade resultatet.')).toBeVisible();
});

test('the demo hub shows a bilingual error for a negative cost', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-total="fk"]')).toBeVisible();
  const input = page.getByLabel('Indata (EstimateInput, JSON)');
  const json = JSON.parse(await input.inputValue());
  json.insatser[0].cost = -1;
  await input.fill(JSON.stringify(json));
  await expect(page.getByText('Insats 1, Kostnad: Beloppet får inte vara negativt.')).toBeVisible();
});
