/**
 * The overview staff check before deadlines: what each employer has used of FK's yearly caps,
 * and every application deadline, soonest first, until it is marked as applied for. The
 * dashboard's pages pass an automated accessibility check.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

test('deadlines are listed soonest first with what is at stake, until marked as applied', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/anordnare`);
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('556677-8899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat.');
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  const rows = page.getByTestId('deadlines').locator('tbody tr');
  // Lena's stress course started 2 February at a municipality: Afa within six months.
  await expect(rows.first()).toContainText('2 augusti 2026');
  await expect(rows.first()).toContainText('Afa Försäkring');
  await expect(rows.first()).toContainText('Lena Larsson');
  await expect(rows.first()).toContainText('9 000 kr');
  await expect(rows.first()).toContainText('32 dagar kvar');
  const anna = rows.filter({ hasText: 'Anna Andersson' }).filter({ hasText: 'Afa Försäkring' });
  await expect(anna).toContainText('1 oktober 2026');
  await expect(anna).toContainText('6 000 kr');
  // FK: 1 February 2027 for everything carried out in 2026.
  await expect(rows.filter({ hasText: 'Kim Karlsson' })).toContainText('1 februari 2027');
  await expect(rows.filter({ hasText: 'Kim Karlsson' })).toContainText('4 925 kr');

  const caps = page.getByRole('region', { name: 'Verkstaden AB' });
  await expect(caps).toContainText('4 925 kr av 200 000 kr använt');
  await expect(caps).toContainText('Kim Karlsson: 4 925 kr av 20 000 kr använt');

  await anna.getByRole('button', { name: /Markera som ansökt/ }).click();
  await expect(anna).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Lena Larsson' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Kim Karlsson' })).toHaveCount(1);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // The application now shows on Anna's page, where its status follows the decision.
  await page.getByRole('link', { name: 'Anna Andersson' }).first().click();
  const status = page.getByLabel('Status: Afa Försäkring 2026');
  await expect(status).toHaveValue('inskickad');
  await status.selectOption('beviljad');
  await expect(page.getByTestId('notice')).toHaveText('Ansökans status är sparad.');
  await page.reload();
  await expect(page.getByLabel('Status: Afa Försäkring 2026')).toHaveValue('beviljad');
});

test('the employee page and the import page pass an accessibility check in English', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Choose CSV file').setInputFiles(EXAMPLE_CSV);
  await expect(page.getByTestId('rejected')).toContainText(
    'Line 7, kostnad (Cost): The amount cannot be negative.',
  );
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: /^Import/ }).click();
  await page.getByRole('link', { name: 'Records', exact: true }).click();
  await page.getByRole('link', { name: 'Kim Karlsson' }).click();
  await expect(page.getByRole('heading', { name: 'Who pays what' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('the background schedules the deadline check twice a day', async ({ serviceWorker }) => {
  const alarm = await serviceWorker.evaluate(async () => {
    // The worker's own global; the test's types do not know extension APIs.
    const alarms = (
      globalThis as unknown as {
        chrome: {
          alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
        };
      }
    ).chrome.alarms;
    for (let i = 0; i < 50; i++) {
      const found = await alarms.get('records-deadlines');
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  });
  expect(alarm?.periodInMinutes).toBe(720);
});
