/**
 * "Kopiera sammanfattning": the employer copies the result as plain text, to paste into an e-mail
 * or a purchase order, and the widget says so.
 */
import { expect, test } from '@playwright/test';
import { fillInsats, goldenCase, insatsRow, plainSpaces, widgetsReady } from './widget-helpers.ts';

test('the copied summary holds the lines, the totals and the deadlines', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const anna = goldenCase('anna');
  await page.clock.setFixedTime(new Date(`${anna.input.asOf}T12:00:00`));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  for (const [i, insats] of anna.input.insatser.entries()) {
    if (i > 0) await sv.getByRole('button', { name: 'Lägg till insats' }).click();
    await fillInsats(insatsRow(sv, i), insats);
  }
  await expect(sv.locator('[data-total="employer"]')).toHaveText('7\u00a0500\u00a0kr');

  await sv.getByRole('button', { name: 'Kopiera sammanfattning' }).click();
  await expect(sv.getByRole('status').filter({ hasText: 'kopierad' })).toHaveText(
    'Sammanfattningen är kopierad.',
  );
  const copied = plainSpaces(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied).toContain('Så fördelas kostnaden');
  expect(copied).toContain('Från Friskhälsan Företagshälsovård');
  expect(copied).toContain('1. Utredning');
  expect(copied).toContain('(2023-03-06 – 2023-03-06)');
  expect(copied).toContain('2. ');
  const totalsBlock = [
    'Totalt: 15 000 kr',
    'Försäkringskassan: 1 500 kr',
    'Afa Försäkring: 6 000 kr',
    'Ni betalar: 7 500 kr',
  ].join('\n');
  expect(copied).toContain(totalsBlock);
  expect(copied).toContain('- Afa Försäkring: 20 september 2023');
  expect(copied).toContain('- Försäkringskassan: 1 februari 2024');
  expect(copied).toContain(
    'Uppskattning, inte ett beslut från Försäkringskassan eller Afa Försäkring.',
  );
  // No failure fallback when copying worked.
  await expect(sv.getByRole('textbox', { name: 'Kopiera sammanfattning' })).toHaveCount(0);
});

test('in English the copied summary and the confirmation are in English', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const en = page.locator('#kalkyl-en');
  await en.getByLabel('The provider is approved by Försäkringskassan').check();
  await insatsRow(en, 0).getByLabel('Cost in kronor').fill('8000');
  await expect(en.locator('[data-total="fk"]')).toHaveText('4\u00a0000\u00a0kr');
  await en.getByRole('button', { name: 'Copy summary' }).click();
  await expect(en.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
    'The summary is copied.',
  );
  const copied = plainSpaces(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied).toContain('How the cost is split');
  expect(copied).toContain(
    'Total: 8 000 kr\nFörsäkringskassan: 4 000 kr\nAfa Försäkring: 0 kr\nYou pay: 4 000 kr',
  );
  // The Swedish widget on the same page did not announce anything.
  await expect(page.locator('#kalkyl-sv').getByText('Sammanfattningen är kopierad.')).toHaveCount(
    0,
  );
});
