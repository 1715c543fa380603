/**
 * Starting from an empty extension, with the keyboard: the provider, an employer, an employee
 * and a first insats entered by hand, then the 7026 report printed. The employee and the insats
 * are entered with the keyboard only (Tab, typing, Space, Enter): the focus goes from the saved
 * employee to the first insats' form and back to "Lägg till insats", and the second insats starts
 * from the first one's category, performer, competence and price. Every field is one Tab stop, the
 * dates too, typed as people write them (`20260112`, `20/1 2026`).
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

  // Once an employer exists, the employee's form comes first on the page, its name focused.
  const started = Date.now();
  await expect(page.getByLabel('Medarbetarens namn')).toBeFocused();
  await page.keyboard.type('Kim Karlsson');
  await page.keyboard.press('Tab');
  await page.keyboard.type('900315-2346');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kim Karlsson' })).toBeVisible();
  await expect(page.getByText('19900315-2346')).toBeVisible();

  // Their page opens with the first insats' form, its first field focused.
  const editor = page.getByRole('form', { name: 'Lägg till insats' });
  await expect(editor.getByLabel('Kategori')).toBeFocused();
  await page.keyboard.type('Utredning');
  await expect(editor.getByLabel('Kategori')).toHaveValue('utredning');
  await page.keyboard.press('Tab');
  // Enter in a text field submits: with no name yet, the form says what is wrong and saves nothing.
  await page.keyboard.press('Enter');
  const errors = editor.getByRole('alert');
  await expect(errors).toContainText('Namn');
  await expect(editor.getByLabel('Namn')).toBeFocused();
  await page.keyboard.type('Utreda stödbehov');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Utreda')).toBeFocused();
  await page.keyboard.press('Space');
  // Past the other four kinds to the dates.
  for (let n = 0; n < 5; n++) await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Påbörjad')).toBeFocused();
  await expect(editor.getByLabel('Påbörjad')).toHaveAttribute('placeholder', 'ÅÅÅÅ-MM-DD');
  await page.keyboard.type('20260112');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Genomförd')).toBeFocused();
  await page.keyboard.type('20/1 2026');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Utförare')).toBeFocused();
  await page.keyboard.type('Eva Ek');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Leg. psykolog');
  await page.keyboard.press('Tab');
  await expect(editor.getByLabel('Kostnad')).toBeFocused();
  await page.keyboard.type('8 000');
  // What was typed stays as typed; the form reads it when it is saved.
  await expect(editor.getByLabel('Påbörjad')).toHaveValue('20260112');
  await expect(editor.getByLabel('Genomförd')).toHaveValue('20/1 2026');
  const positions = editor.getByLabel('Ställningstaganden (ett per rad)');
  // The price keeps the focus; Tab reaches every remaining field in order, then the positions.
  await expect(editor.getByLabel('Kostnad')).toBeFocused();
  for (const label of [
    'Varav moms (kr, 0 om momsfri)',
    'Digital',
    'Planerat slut (Afa)',
    'Planerat antal samtal (Afa)',
    'Referensnummer hos Afa (står även på fakturan)',
    'Kursinnehåll (Afa, för kurser)',
    'Beskrivning',
  ]) {
    await page.keyboard.press('Tab');
    await expect(editor.getByLabel(label, { exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(positions).toBeFocused();
  await page.keyboard.type('Kim behöver behandling.');
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Spara' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(errors).toBeHidden();
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 000 kr');
  expect(Date.now() - started).toBeLessThan(60_000);

  // The focus is back on "Lägg till insats"; the next insats starts from the last one.
  const add = page.getByRole('button', { name: 'Lägg till insats' });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.getByLabel('Kategori')).toHaveValue('utredning');
  await expect(editor.getByLabel('Utförare')).toHaveValue('Eva Ek');
  await expect(editor.getByLabel('Kompetens')).toHaveValue('Leg. psykolog');
  await expect(editor.getByLabel('Kostnad')).toHaveValue('8000');
  await expect(editor.getByLabel('Namn')).toHaveValue('');
  await expect(editor.getByLabel('Påbörjad')).toHaveValue('');
  await editor.getByRole('button', { name: 'Avbryt' }).press('Enter');
  await expect(add).toBeFocused();

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
