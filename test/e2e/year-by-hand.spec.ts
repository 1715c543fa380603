/**
 * Starting from an empty extension, with the keyboard: the provider, an employer, an employee
 * and a first insats entered by hand, then the 7026 report printed.
 */
import { expect, test } from './fixtures.ts';

test('a provider, an employer, an employee and an insats by hand, then the 7026', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByRole('link', { name: 'Anordnare' }).first().click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByLabel('Godkänd av Försäkringskassan').press('Enter');
  await expect(page.getByText('Sparat.')).toBeVisible();

  await page.getByRole('link', { name: 'Ny medarbetare' }).click();
  await expect(page.getByText(/Lägg först in arbetsgivaren nedan/)).toBeVisible();
  await page.getByLabel('Arbetsgivarens namn').fill('Verkstaden AB');
  await page.getByLabel('Organisationsnummer').fill('556012-3456');
  await page.getByLabel('Sektor').selectOption('privat');
  await expect(page.getByLabel('Avtal med Afa Försäkring')).toHaveValue('AGS');
  await page.getByLabel('Organisationsnummer').press('Enter');
  await expect(page.getByText('Sparad: Verkstaden AB')).toBeVisible();

  // Once an employer exists, the employee's form comes first on the page.
  await page.getByLabel('Medarbetarens namn').fill('Kim Karlsson');
  await page.keyboard.press('Tab');
  await page.keyboard.type('900315-2346');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kim Karlsson' })).toBeVisible();
  await expect(page.getByText('19900315-2346')).toBeVisible();

  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  const editor = page.getByRole('form', { name: 'Lägg till insats' });
  await editor.getByLabel('Kategori').selectOption('utredning');
  await editor.getByLabel('Namn').fill('Utreda stödbehov');
  await editor.getByLabel('Utreda').check();
  await editor.getByLabel('Påbörjad').fill('2026-01-12');
  await editor.getByLabel('Genomförd').fill('2026-01-20');
  await editor.getByLabel('Utförare').fill('Eva Ek');
  await editor.getByLabel('Kompetens').fill('Leg. psykolog');
  await editor.getByLabel('Kostnad').fill('8 000');
  await editor.getByLabel('Ställningstaganden (ett per rad)').fill('Kim behöver behandling.');
  await editor.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 000 kr');

  await page.getByRole('link', { name: 'Rapport 7026' }).click();
  const report = page.locator('[data-report="7026"]');
  await expect(report).toContainText('Kim Karlsson');
  await expect(report).toContainText('19900315-2346');
  await expect(report).toContainText('Verkstaden AB');
  await expect(report).toContainText('Kim behöver behandling.');
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(1);
});
