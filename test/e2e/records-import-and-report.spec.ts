/**
 * A provider's staff member, as a new user: records their organisation, imports the example CSV
 * through the dashboard, sees the rejected row, opens an employee, checks the split and prints
 * the 7026 report and the invoice basis.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

test('importing the example CSV, opening Anna and printing her 7026 report on A4', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // The estimate depends on the date: fix it where the example's deadlines are all ahead.
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { name: 'Stödkollen – register' })).toBeVisible();
  await expect(page.getByText('Inga uppgifter ännu')).toBeVisible();

  await page.getByRole('link', { name: 'Anordnare' }).click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat.');

  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  const preview = page.getByTestId('csv-preview');
  await expect(preview).toContainText('6 rader lästa');
  await expect(preview.locator('tr[data-kind="insatser"] [data-count="added"]')).toHaveText('5');
  await expect(preview.locator('tr[data-kind="employees"] [data-count="added"]')).toHaveText('3');
  await expect(page.getByTestId('rejected')).toContainText(
    'Rad 7, kostnad (Kostnad): Beloppet får inte vara negativt.',
  );
  await preview.getByRole('button', { name: 'Importera (5 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Exempelby kommun' })).toContainText(
    'Lena Larsson',
  );
  await page.getByLabel('Sök medarbetare eller arbetsgivare').fill('kim');
  await expect(page.getByRole('link', { name: 'Anna Andersson' })).toHaveCount(0);
  await page.getByLabel('Sök medarbetare eller arbetsgivare').fill('');
  await page.getByRole('link', { name: 'Anna Andersson' }).click();

  // The sources' example: FK pays half the investigation, Afa half the talk therapy.
  await expect(page.getByRole('heading', { name: 'Anna Andersson' })).toBeVisible();
  await expect(page.locator('[data-total="fk"]')).toHaveText('1 500 kr');
  await expect(page.locator('[data-total="afa"]')).toHaveText('6 000 kr');
  await expect(page.locator('[data-total="employer"]')).toHaveText('7 500 kr');

  await page.getByRole('link', { name: 'Rapport 7026' }).click();
  const report = page.locator('[data-report="7026"]');
  await expect(report).toContainText('Anna Andersson');
  await expect(report).toContainText('19850712-1237');
  await expect(report).toContainText('Friskvårdarna FHV AB');
  await expect(report).toContainText('556677-8899');
  await expect(report).toContainText('Exempelby kommun');
  await expect(report).toContainText('Utreda arbetsförmåga');
  await expect(report).toContainText('10 mars 2026');
  await expect(report).toContainText('Eva Ek, Leg. psykolog');
  await expect(report).toContainText('Anna kan arbeta 50 % med anpassade uppgifter från 1 april.');
  // Talk therapy is Afa's, not FK's: it is not part of FK's report.
  await expect(report).not.toContainText('Samtalsbehandling');

  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut eller spara som PDF' })).toBeHidden();
  await expect(report).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 in PDF points is 595.3 × 841.9; every page of the printed report has that size.
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(box).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'Tillbaka till medarbetaren' }).click();
  await page.getByRole('link', { name: 'Fakturaunderlag' }).click();
  const invoice = page.locator('[data-report="invoice"]');
  await expect(invoice.getByRole('row', { name: /Samtalsbehandling/ })).toContainText('6 000 kr');
  await expect(invoice.getByRole('row', { name: /Summa alla insatser/ })).toContainText('7 500 kr');
});

test('a 7026 report with missing positions says what is missing instead of printing blank', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Kim Karlsson' }).click();

  // Remove the positions of Kim's investigation through the editor.
  await page.getByRole('button', { name: /Ändra Utreda stödbehov/ }).click();
  await page.getByLabel('Ställningstaganden (ett per rad)').fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('link', { name: 'Rapport 7026' }).click();
  const missing = page.getByRole('alert');
  await expect(missing).toContainText(
    'Anordnare: Anordnaren (er egen organisation) är inte registrerad.',
  );
  await expect(missing).toContainText(
    'Utreda stödbehov (2026-01-20), Ställningstaganden: En utredning ska redovisa minst ett ställningstagande.',
  );
  await expect(page.locator('[data-report="7026"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(missing).toContainText('An investigation must report at least one position taken.');
});

test('editing the employer’s sector changes the split: a state employer gets nothing from Afa', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Anna Andersson' }).click();
  await expect(page.locator('[data-total="afa"]')).toHaveText('6 000 kr');

  await page
    .getByRole('button', { name: 'Ändra uppgifter om medarbetare och arbetsgivare' })
    .click();
  await page.getByLabel('Sektor').selectOption('stat');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-total="afa"]')).toHaveText('0 kr');
  await expect(
    page.getByRole('list').filter({ hasText: 'statliga arbetsgivare omfattas inte' }),
  ).toBeVisible();
});

test('an insats added by hand is checked, counted in the split and can be deleted again', async ({
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
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Kim Karlsson' }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 925 kr');

  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  const form = page.getByRole('form', { name: 'Lägg till insats' });
  await form.getByLabel('Kategori').selectOption('stodsamtal');
  await form.getByLabel('Namn').fill('Stödsamtal, uppföljning');
  await form.getByLabel('Påbörjad').fill('2026-06-01');
  await form.getByLabel('Genomförd').fill('2026-06-01');
  await form.getByLabel('Utförare').fill('Olle Berg');
  await form.getByLabel('Kompetens').fill('Beteendevetare');
  await form.getByLabel('Kostnad').fill('2 000');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Typ av insats hos FK: Markera minst ett av utreda, planera, initiera, genomföra eller följa upp.',
  );
  await form.getByLabel('Följa upp').check();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('5 925 kr');
  await expect(page.getByRole('row', { name: /Stödsamtal, uppföljning/ })).toContainText(
    '1 000 kr',
  );

  await page.getByRole('button', { name: /Ändra Stödsamtal, uppföljning/ }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 925 kr');
});
