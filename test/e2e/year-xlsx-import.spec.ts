/**
 * The insatser import from an Excel workbook in the real extension: the LibreOffice-saved
 * example (other column order, an extra column, date and number cells, a blank row) goes through
 * the same preview as the CSV, and the imported records give the sources' split for Anna.
 */
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const XLSX = resolve('test/fixtures/records/exempel-insatser-excel.xlsx');

test('importing insatser from an .xlsx file and opening Anna', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('link', { name: 'Anordnare' }).first().click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();

  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await expect(
    page.getByText('CSV eller Excel-arbetsbok (.xlsx) med samma kolumner.'),
  ).toBeVisible();
  await page.getByLabel('Välj CSV-fil').setInputFiles(XLSX);
  const preview = page.getByTestId('csv-preview');
  await expect(preview).toContainText('6 rader lästa');
  await expect(preview.locator('tr[data-kind="insatser"] [data-count="added"]')).toHaveText('5');
  await expect(page.getByTestId('rejected')).toContainText(
    'Rad 8, kostnad (Kostnad): Beloppet får inte vara negativt.',
  );
  await preview.getByRole('button', { name: 'Importera (5 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Anna Andersson' }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('1 500 kr');
  await expect(page.locator('[data-total="afa"]')).toHaveText('6 000 kr');
  await expect(page.locator('[data-insats]').first()).toContainText('2026-03-10');

  // The same file again changes nothing.
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(XLSX);
  await expect(preview.locator('tr[data-kind="insatser"] [data-count="unchanged"]')).toHaveText(
    '5',
  );
});
