/**
 * Records staff can trust with their only copy: the review's sequence (mark an application as
 * applied, delete one of its insatser, save a backup, restore it) restores the same records, and
 * two dashboard tabs never overwrite each other's work without asking.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

interface BackupFile {
  records: Record<string, { id: string; insatsIds?: string[] }[]>;
}

async function saveBackup(page: Page): Promise<BackupFile & { path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara säkerhetskopia (JSON)' }).click();
  const path = await (await download).path();
  return { ...(JSON.parse(readFileSync(path, 'utf8')) as BackupFile), path };
}

const sorted = (b: BackupFile) =>
  Object.fromEntries(
    Object.entries(b.records).map(([k, list]) => [
      k,
      [...list].sort((x, y) => x.id.localeCompare(y.id)),
    ]),
  );

async function importExample(page: Page) {
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
}

test('marked as applied, one of its insatser deleted, backed up and restored: the same records', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/anordnare`);
  // FK's deadlines are listed for an FK-approved provider's insatser.
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('556677-8899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat.');
  await importExample(page);

  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  const kim = page.getByTestId('deadlines').locator('tbody tr').filter({ hasText: 'Kim Karlsson' });
  await kim.getByRole('button', { name: /Markera som ansökt/ }).click();
  await expect(kim).toHaveCount(0);

  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Kim Karlsson' }).click();
  // The address (and so the browser's history) names neither Kim nor the employer.
  await expect(page.getByRole('heading', { name: 'Kim Karlsson' })).toBeVisible();
  expect(page.url()).toMatch(/#\/medarbetare\/[0-9a-f]{16}$/);
  expect(page.url()).not.toMatch(/900315|2346|556012/);
  await page.getByRole('button', { name: /Ändra Stödsamtal/ }).click();
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByTestId('notice')).toHaveText(
    'Insatsen är borttagen. Den togs också bort ur ansökan till Försäkringskassan för 2026 (inskickad).',
  );
  expect(question).toContain('Insatsen ingår i en ansökan');
  expect(question).toContain('ansökan till Försäkringskassan för 2026 (inskickad)');

  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  const before = await saveBackup(page);
  expect(before.records.applications?.[0]?.insatsIds).toHaveLength(1);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Radera alla uppgifter' }).click();
  await expect(page.getByText('Alla uppgifter är raderade.')).toBeVisible();
  await page.getByLabel('Välj säkerhetskopia').setInputFiles(before.path);
  await page
    .getByTestId('restore-preview')
    .getByRole('button', { name: 'Ersätt allt med säkerhetskopian' })
    .click();
  await expect(page.getByText('Säkerhetskopian är återställd.')).toBeVisible();
  const after = await saveBackup(page);
  expect(sorted(after)).toEqual(sorted(before));
});

test('an import previewed in one tab and confirmed after an edit in another is refused', async ({
  context,
  extensionId,
}) => {
  const a = await context.newPage();
  await a.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await importExample(a);
  // Tab A previews the same file again: everything unchanged.
  await a.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await expect(
    a.getByTestId('csv-preview').locator('[data-kind="insatser"] [data-count="unchanged"]'),
  ).toHaveText('5');

  // Tab B edits Kim's stödsamtal.
  const b = await context.newPage();
  await b.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await b.getByRole('link', { name: 'Kim Karlsson' }).click();
  await b.getByRole('button', { name: /Ändra Stödsamtal/ }).click();
  await b.getByLabel('Kostnad', { exact: true }).fill('2 400');
  await b.getByRole('button', { name: 'Spara' }).click();
  await expect(b.locator('tr[data-insats]', { hasText: 'Stödsamtal' })).toContainText('2 400 kr');

  await a.bringToFront();
  await a.getByRole('button', { name: /^Importera/ }).click();
  await expect(a.getByTestId('import-stale')).toContainText(
    'Uppgifterna har ändrats sedan förhandsgranskningen',
  );
  await a.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  // Looked at again, the preview says what the import would change: B's edit.
  await expect(
    a.getByTestId('csv-preview').locator('[data-kind="insatser"] [data-count="updated"]'),
  ).toHaveText('1');
  await b.reload();
  await expect(b.locator('tr[data-insats]', { hasText: 'Stödsamtal' })).toContainText('2 400 kr');
});

test('an editor opened before an edit in another tab asks to look again instead of saving', async ({
  context,
  extensionId,
}) => {
  const a = await context.newPage();
  await a.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await importExample(a);
  await a.getByRole('link', { name: 'Register', exact: true }).click();
  await a.getByRole('link', { name: 'Kim Karlsson' }).click();
  await a.getByRole('button', { name: /Ändra Stödsamtal/ }).click();

  const b = await context.newPage();
  await b.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await b.getByRole('link', { name: 'Kim Karlsson' }).click();
  await b.getByRole('button', { name: /Ändra Stödsamtal/ }).click();
  await b.getByLabel('Kostnad', { exact: true }).fill('2 400');
  await b.getByRole('button', { name: 'Spara' }).click();
  await expect(b.locator('tr[data-insats]', { hasText: 'Stödsamtal' })).toContainText('2 400 kr');

  await a.bringToFront();
  await a.getByLabel('Kostnad', { exact: true }).fill('1 000');
  await a.getByRole('button', { name: 'Spara' }).click();
  await expect(a.getByTestId('editor-stale')).toContainText('Ingenting sparades.');
  await a.getByRole('button', { name: 'Visa de nya uppgifterna' }).click();
  await expect(a.locator('tr[data-insats]', { hasText: 'Stödsamtal' })).toContainText('2 400 kr');
});

test('VAT on an insats and the employer’s VAT deduction change FK’s part as the estimate says', async ({
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
  await importExample(page);
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Kim Karlsson' }).click();
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 925 kr');
  await expect(page.locator('[data-fact="deductsVat"]')).toHaveText('Ja');

  // 400 kr VAT the employer deducts: no cost to it, FK's part stays.
  await page.getByRole('button', { name: /Ändra Stödsamtal/ }).click();
  await page.getByLabel('Varav moms (kr, 0 om momsfri)').fill('400');
  await page.getByRole('button', { name: 'Spara' }).click();
  const row = page.locator('tr[data-insats]', { hasText: 'Stödsamtal' });
  await expect(row).toContainText('Moms 400 kr (drar av moms)');
  await expect(page.locator('[data-total="fk"]')).toHaveText('4 925 kr');
  await expect(page.getByTestId('vat-assumption')).toContainText('antagande');

  // A VAT-exempt business cannot deduct it: FK's half is of 2 250,50 kr.
  await page
    .getByRole('button', { name: 'Ändra uppgifter om medarbetare och arbetsgivare' })
    .click();
  await page.getByLabel('Drar av moms').uncheck();
  await page.getByLabel('Medarbetaravtal').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-fact="deductsVat"]')).toHaveText('Nej');
  await expect(page.locator('[data-fact="medarbetaravtal"]')).toHaveText('Ja');
  await expect(row).toContainText('2 250,50 kr');
  await expect(page.locator('[data-total="fk"]')).toHaveText('5 125 kr');

  // Afa's invoice facts, recorded where the records hold them.
  await page.getByRole('button', { name: /Ändra Stödsamtal/ }).click();
  await page.getByLabel('Planerat antal samtal (Afa)').fill('0');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Planerat antal samtal: Ange antalet samtal som ett heltal, minst 1.',
  );
  await page.getByLabel('Planerat antal samtal (Afa)').fill('6');
  await page.getByLabel('Referensnummer hos Afa (står även på fakturan)').fill('AFA-2026-17');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0);

  // The facts reach the backup.
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  const backup = await saveBackup(page);
  const records = backup.records as unknown as {
    employers: { id: string; deductsVat?: boolean; medarbetaravtal?: boolean }[];
    insatser: { name: string; vat?: number; plannedSessions?: number; afaReference?: string }[];
  };
  expect(records.employers.find((e) => e.id === 'ag-556012-3456')).toMatchObject({
    deductsVat: false,
    medarbetaravtal: true,
  });
  expect(records.insatser.find((i) => i.name === 'Stödsamtal')).toMatchObject({
    vat: 400,
    plannedSessions: 6,
    afaReference: 'AFA-2026-17',
  });
});
