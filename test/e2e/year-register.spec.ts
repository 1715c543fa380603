/**
 * The register as tables in the real extension, in January: after Kim's FK application is
 * marked, filtering the employees to "due within 30 days" leaves the two still to apply, sorted
 * by FK's part; the employers' table shows each employer's use of its 200 000 kr.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

test('filtering the register to the deadlines within 30 days', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2027-01-10T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('link', { name: 'Anordnare' }).first().click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: 'Importera (5 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  await page
    .getByRole('button', { name: 'Markera som ansökt Försäkringskassan Kim Karlsson' })
    .click();

  await page.getByRole('link', { name: 'Tabeller' }).click();
  const table = page.getByTestId('register-table');
  await expect(page.getByTestId('register-count')).toHaveText('3 rader');
  await page
    .getByLabel('Status', { exact: true })
    .selectOption({ label: 'Sista dag inom 30 dagar' });
  await expect(page.getByTestId('register-count')).toHaveText('2 rader');
  await page.getByRole('button', { name: 'FK', exact: true }).click();
  const names = table.locator('tbody tr td:first-child');
  await expect(names).toHaveText(['Lena Larsson', 'Anna Andersson']);
  await expect(table.getByRole('row', { name: /Lena Larsson/ })).toContainText('1 februari 2027');
  await expect(page.getByTestId('register-sum')).toContainText('10 500 kr');

  await page.getByLabel('Sök på namn, personnummer eller organisationsnummer').fill('19761123');
  await expect(names).toHaveText(['Lena Larsson']);
  await page.getByLabel('Sök på namn, personnummer eller organisationsnummer').fill('');

  await page.getByRole('radio', { name: 'Arbetsgivare' }).check();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Alla' });
  await expect(names).toHaveText(['Exempelby kommun', 'Verkstaden AB']);
  await expect(table.getByRole('row', { name: /Exempelby kommun/ })).toContainText(
    '10 500 kr av 200 000 kr',
  );
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
