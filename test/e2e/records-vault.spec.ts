/**
 * Encryption at rest in the real built extension: a provider chooses a passphrase on the first
 * start, imports the example CSV, locks; IndexedDB then holds no name or personnummer in plain
 * text, the prefill refuses, a wrong passphrase changes nothing, and after the unlock the 7026
 * report shows the records again. The backup is encrypted by default and restores in a fresh
 * profile with the passphrase.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, EXTENSION_DIR, expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');
const PASSPHRASE = 'blå kanot under tallarna vid sjön';

test.use({ unencryptedChosen: false });

test('a passphrase at the first start: encrypted on disk, locked and unlocked, the 7026 printed', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-01T09:00:00'));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);

  await expect(
    page.getByRole('heading', { name: 'Skydda registret med en lösenfras' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /okrypterat/ })).toBeVisible();
  await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Samma lösenfras igen').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Välj lösenfrasen' }).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toHaveText(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$|^([0-9A-Z]{4} ){7}[0-9A-Z]{4}$/);
  await expect(page.getByTestId('vault-recovery')).toContainText(
    'Utan lösenfrasen eller återställningskoden',
  );
  const encrypt = page.getByRole('button', { name: 'Kryptera registret' });
  await expect(encrypt).toBeDisabled();
  await page.getByLabel(/Jag har sparat återställningskoden/).check();
  await encrypt.click();
  await expect(page.getByTestId('vault-bar')).toContainText('Krypterat');

  await page.getByRole('link', { name: 'Anordnare' }).click();
  await page.getByLabel('Namn').fill('Friskvårdarna FHV AB');
  await page.getByLabel('Organisationsnummer').fill('5566778899');
  await page.getByLabel('Godkänd av Försäkringskassan').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toHaveText('Sparat.');
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
  await page
    .getByTestId('csv-preview')
    .getByRole('button', { name: 'Importera (5 insatser)' })
    .click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();

  await page.getByTestId('vault-lock').click();
  await expect(page.getByRole('heading', { name: 'Lås upp Stödkollen' })).toBeVisible();
  await expect(page.getByText('Anna Andersson')).toHaveCount(0);

  // What a copied profile holds: every store of the records database, read raw.
  const raw = await serviceWorker.evaluate(
    () =>
      new Promise<{ text: string; records: number }>((done, fail) => {
        const open = indexedDB.open('stodkollen-records');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const all: unknown[] = [];
          let records = 0;
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              all.push(...request.result);
              if (name !== 'meta') records += request.result.length;
            };
          }
          tx.oncomplete = () => {
            const text = JSON.stringify(all, (_k, v) =>
              v instanceof Uint8Array ? String.fromCharCode(...v) : v,
            );
            db.close();
            done({ text, records });
          };
        };
      }),
  );
  expect(raw.records).toBeGreaterThan(8);
  for (const secret of [
    'Anna',
    'Andersson',
    'Lena Larsson',
    '19850712',
    '850712',
    'Exempelby',
    'Friskvårdarna',
    'Utreda arbetsförmåga',
    'Eva Ek',
  ]) {
    expect(raw.text).not.toContain(secret);
  }

  // Locked, the prefill offers no case and fills nothing.
  const hello = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage({ type: 'prefill:hello' }),
  );
  expect(hello).toMatchObject({ locked: true, employees: [], insatser: [] });
  const fill = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage({
      type: 'prefill:fill',
      choice: { employeeId: 'x', insatsIds: ['y'] },
      overwrite: false,
      tabId: 1,
    }),
  );
  expect(JSON.stringify(fill)).toContain('Lås upp Stödkollen');

  // A wrong passphrase is refused and changes nothing.
  await page.getByLabel('Lösenfras', { exact: true }).fill('fel lösenfras helt och hållet');
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByTestId('vault-error')).toContainText('Fel lösenfras');
  await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByTestId('vault-bar')).toContainText('Krypterat');

  // A lock made elsewhere (the popup, another tab, the auto-lock) reaches this page at once.
  const second = await context.newPage();
  await second.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(second.getByTestId('vault-bar')).toContainText('Krypterat');
  await second.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage({ type: 'vault:lock' }),
  );
  await expect(page.getByRole('heading', { name: 'Lås upp Stödkollen' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Lås upp Stödkollen' })).toBeVisible();
  await second.close();
  // The popup unlocks too, and the open dashboard follows.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(
    popup.getByRole('heading', { name: 'Lås upp Stödkollen / Unlock Stödkollen' }),
  ).toBeVisible();
  await popup.getByLabel(/^Lösenfras/).fill(PASSPHRASE);
  await popup.getByRole('button', { name: /^Lås upp/ }).click();
  await expect(popup.getByRole('heading', { name: /Lås upp Stödkollen/ })).toHaveCount(0);
  await popup.close();
  await expect(page.getByTestId('vault-bar')).toContainText('Krypterat');

  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Anna Andersson' }).click();
  await page.getByRole('link', { name: 'Rapport 7026' }).click();
  const report = page.locator('[data-report="7026"]');
  await expect(report).toContainText('Anna Andersson');
  await expect(report).toContainText('19850712-1237');
  await expect(report).toContainText('Friskvårdarna FHV AB');
  await expect(report).toContainText('Utreda arbetsförmåga');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('vault-bar')).toBeHidden();
  expect((await page.pdf({ preferCSSPageSize: true })).length).toBeGreaterThan(1000);

  await page.emulateMedia({ media: 'screen' });

  // The backup: encrypted by default, nothing readable in the file.
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara säkerhetskopia (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^stodkollen-sakerhetskopia-[\d-]+-krypterad\.json$/);
  const backup = readFileSync(await file.path(), 'utf8');
  expect(JSON.parse(backup).format).toBe('stodkollen-encrypted-backup');
  for (const secret of ['Anna', '19850712', 'Exempelby', 'Friskvårdarna']) {
    expect(backup).not.toContain(secret);
  }

  // Another computer: a fresh profile restores it with the passphrase and takes its vault.
  const fresh = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'stodkollen-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  try {
    const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const other = await fresh.newPage();
    await other.goto(`chrome-extension://${new URL(worker.url()).host}/dashboard.html`);
    await other.getByLabel('Välj krypterad säkerhetskopia').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const restore = other.getByTestId('vault-restore');
    await restore.getByLabel('Lösenfras', { exact: true }).fill('inte den rätta lösenfrasen');
    await restore.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expect(restore.getByTestId('vault-error')).toContainText('Fel lösenfras');
    await restore.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
    await restore.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expect(other.getByTestId('vault-bar')).toContainText('Krypterat');
    await other.getByRole('link', { name: 'Register', exact: true }).click();
    await expect(other.getByRole('link', { name: 'Anna Andersson' })).toBeVisible();
    // The same vault: after a lock, the backup's passphrase unlocks this profile too.
    await other.getByTestId('vault-lock').click();
    await other.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Lås upp' }).click();
    await expect(other.getByRole('link', { name: 'Anna Andersson' })).toBeVisible();
  } finally {
    await fresh.close();
  }

  // A passphrase change re-wraps the key: the old passphrase stops working, the records stay.
  const renewed = 'ny lösenfras med fyra ord till';
  await page.getByRole('button', { name: 'Byt lösenfras' }).click();
  await page.getByLabel('Nuvarande lösenfras').fill(PASSPHRASE);
  await page.getByLabel('Lösenfras', { exact: true }).fill(renewed);
  await page.getByLabel('Samma lösenfras igen').fill(renewed);
  await page.getByRole('button', { name: 'Byt', exact: true }).click();
  await expect(page.getByText('Lösenfrasen är bytt.')).toBeVisible();
  await page.getByTestId('vault-lock').click();
  await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByTestId('vault-error')).toContainText('Fel lösenfras');
  await page.getByLabel('Lösenfras', { exact: true }).fill(renewed);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Anna Andersson' })).toBeVisible();
});

test.describe('records kept unencrypted until now', () => {
  test.use({ unencryptedChosen: true });

  test('are encrypted in place when a passphrase is chosen later, and stay whole', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
    await expect(page.getByTestId('vault-bar')).toContainText('Okrypterat');
    await page.getByLabel('Välj CSV-fil').setInputFiles(EXAMPLE_CSV);
    await page.getByRole('button', { name: /Importera/ }).click();
    await expect(page.getByText('Importen är klar.')).toBeVisible();

    await page.getByRole('button', { name: 'Kryptera med en lösenfras' }).click();
    await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Samma lösenfras igen').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Välj lösenfrasen' }).click();
    await page.getByLabel(/Jag har sparat återställningskoden/).check();
    await page.getByRole('button', { name: 'Kryptera registret' }).click();
    await expect(page.getByTestId('vault-bar')).toContainText('Krypterat');

    const text = await serviceWorker.evaluate(
      () =>
        new Promise<string>((done) => {
          const open = indexedDB.open('stodkollen-records');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction([...db.objectStoreNames]);
            const all: unknown[] = [];
            for (const name of db.objectStoreNames) {
              const r = tx.objectStore(name).getAll();
              r.onsuccess = () => all.push(...r.result);
            }
            tx.oncomplete = () => {
              db.close();
              done(JSON.stringify(all));
            };
          };
        }),
    );
    for (const secret of ['Anna', 'Lena Larsson', '19850712', 'Exempelby']) {
      expect(text).not.toContain(secret);
    }
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Exempelby kommun' })).toContainText(
      'Lena Larsson',
    );
    await expect(page.getByRole('link', { name: 'Anna Andersson' })).toBeVisible();
  });
});
