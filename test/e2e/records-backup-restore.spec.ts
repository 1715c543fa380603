/**
 * Backup and restore as staff moving to another machine: export a backup, wipe everything,
 * restore the file and find exactly the same records.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');

interface BackupFile {
  format: string;
  version: number;
  records: Record<string, { id: string }[]>;
}

async function saveBackup(page: Page): Promise<BackupFile & { path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara säkerhetskopia (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^stodkollen-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  return { ...(JSON.parse(readFileSync(path, 'utf8')) as BackupFile), path };
}

const sorted = (b: BackupFile) =>
  Object.fromEntries(
    Object.entries(b.records).map(([k, list]) => [
      k,
      [...list].sort((x, y) => x.id.localeCompare(y.id)),
    ]),
  );

test('a backup exported, wiped and restored gives back the same records', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await expect(page.getByTestId('backup-status').first()).toContainText(
    'Ingen säkerhetskopia har sparats.',
  );
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  // Records and no backup: the reminder shows.
  await expect(page.getByText('Spara en ny säkerhetskopia').first()).toBeVisible();

  const before = await saveBackup(page);
  expect(before.format).toBe('stodkollen-records-backup');
  expect(before.records.insatser).toHaveLength(5);
  await expect(page.getByText('Spara en ny säkerhetskopia')).toHaveCount(0);
  await expect(page.getByTestId('backup-status').first()).not.toContainText('Ingen säkerhetskopia');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Radera alla uppgifter' }).click();
  await expect(page.getByText('Alla uppgifter är raderade.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByText('Inga uppgifter ännu')).toBeVisible();

  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await expect(page.getByText('Återställningen ersätter ALLA uppgifter')).toBeVisible();
  await page.getByLabel('Välj säkerhetskopia').setInputFiles(before.path);
  const preview = page.getByTestId('restore-preview');
  await expect(preview).toContainText('2 arbetsgivare, 3 medarbetare, 5 insatser');
  await preview.getByRole('button', { name: 'Ersätt allt med säkerhetskopian' }).click();
  await expect(page.getByText('Säkerhetskopian är återställd.')).toBeVisible();

  const after = await saveBackup(page);
  expect(sorted(after)).toEqual(sorted(before));
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Kim Karlsson' })).toBeVisible();
});

test('a file that is not a backup is refused and nothing is replaced', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page.getByRole('button', { name: /Importera/ }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByLabel('Välj säkerhetskopia').setInputFiles(EXAMPLE_CSV);
  await expect(page.getByRole('alert')).toHaveText('Filen: Filen är inte giltig JSON.');
  await expect(page.getByTestId('restore-preview')).toHaveCount(0);
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Anna Andersson' })).toBeVisible();
});
