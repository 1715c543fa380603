/**
 * FK's list of approved providers in the real extension: a staff member imports the list as FK
 * publishes it (.xlsx, title rows, extra columns, two unreadable rows), sees on the provider
 * page that their organisation is on it, and, when the provider recorded is not on the list, a
 * warning on an employee's page.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const LIST = resolve('test/fixtures/approved-providers/godkanda-anordnare.xlsx');
const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

test('importing the list, seeing the provider on it, and the warning when it is not', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);

  await page.getByRole('link', { name: 'FK:s anordnarlista' }).click();
  await expect(page.getByText('Ingen lista är importerad än.')).toBeVisible();
  await page.getByLabel('Välj Excel-fil (.xlsx)').setInputFiles(LIST);
  const preview = page.getByTestId('approved-list-preview');
  await expect(preview).toContainText('5 anordnare (8 rader lästa)');
  await expect(preview).toContainText('Kolumner som inte behövs: Telefon, Webbplats');
  await expect(page.getByTestId('list-rejected')).toContainText(
    'Rad 10, kolumnen ”Organisationsnummer”: Ogiltigt organisationsnummer (kontrollera siffrorna).',
  );
  await expect(page.getByTestId('list-rejected')).toContainText(
    'Rad 11, kolumnen ”Anordnare”: Anordnarens namn saknas.',
  );
  await expect(page.getByLabel('Listans datum')).toHaveValue('2026-11-15');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Spara listan' }).click();
  await expect(page.getByRole('status')).toHaveText('Listan är sparad.');
  await expect(page.getByTestId('list-in-force')).toContainText('15 november 2026: 5 anordnare');

  await page.getByRole('link', { name: 'Anordnare', exact: true }).click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByTestId('provider-approval')).toHaveText(
    /^Står på Försäkringskassans lista över godkända anordnare \(listan från 15 november 2026\)\./,
  );

  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: 'Importera (5 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Anna Andersson' }).click();
  await expect(page.getByRole('heading', { name: 'Anna Andersson' })).toBeVisible();
  await expect(page.getByTestId('provider-not-listed')).toHaveCount(0);

  // The provider's number is changed to one the list does not hold.
  await page.getByRole('link', { name: 'Anordnare', exact: true }).click();
  await page.getByLabel('Organisationsnummer').fill('556987-6542');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByTestId('provider-approval')).toHaveAttribute('data-status', 'not-listed');
  await expect(page.getByTestId('provider-approval')).toContainText(
    'Står inte på Försäkringskassans lista över godkända anordnare (listan från 15 november 2026).',
  );
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Anna Andersson' }).click();
  const warning = page.getByTestId('provider-not-listed');
  await expect(warning).toContainText(
    'Anordnaren står inte på Försäkringskassans lista: Friskvårdarna FHV AB (556987-6542).',
  );
  await expect(warning).toContainText('Utreda arbetsförmåga (2026-03-10)');

  // In English too.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(warning).toContainText(
    'The provider is not on Försäkringskassan’s list: Friskvårdarna FHV AB (556987-6542).',
  );
});
