/**
 * Hostile files through the dashboard, and what the extension writes back out: a CSV that would
 * store wrong values shows its rejections and warnings before anything is saved, and the invoice
 * basis downloaded for a case whose insats is named like a formula holds it as text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures.ts';
import {
  chooseSavedApplication,
  fillStep,
  panelOf,
  RECORDS,
  seedRecords,
} from './prefill-helpers.ts';

const HEADER =
  'arbetsgivare_orgnr;arbetsgivare_namn;sektor;afa_avtal;personnummer;medarbetare_namn;anstallningsgrupp;kategori;insats_namn;fk_typ;paborjad;genomford;utforare;kompetens;kostnad;beskrivning;kommentar';
const row = (changes: Partial<Record<string, string>> = {}) =>
  [
    changes.orgnr ?? '212000-0142',
    'Exempelby kommun',
    'kommun',
    changes.afa ?? 'AGS-KL',
    changes.pnr ?? '850712-1237',
    changes.name ?? 'Åsa Öberg',
    'arbetare',
    'stodsamtal',
    changes.insats ?? 'Stödsamtal',
    'genomföra',
    '2026-03-02',
    '2026-03-10',
    'Eva Ek',
    'Leg. psykolog',
    changes.cost ?? '1 500',
    changes.description ?? 'Samtal',
    '',
  ].join(';');

/** Windows-1252 bytes, as Excel's "CSV (semikolonavgränsad)" writes them. */
const windows1252 = (text: string) =>
  Buffer.from(
    Array.from(
      text,
      (ch) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6 })[ch] ?? ch.charCodeAt(0),
    ),
  );

test('a hostile CSV shows every rejection with its line and every warning before anything is saved', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  const text = [
    HEADER,
    row(),
    row({ insats: 'Uppföljning', description: '"Första raden\r\nandra raden"' }),
    row({ insats: 'Tredje', afa: '' }),
    row({ insats: 'Fjärde', cost: '3 000;50' }),
    row({ insats: 'Femte', description: 'Bra samtal ?' }),
  ].join('\r\n');
  await page.getByLabel('Välj CSV-fil').setInputFiles({
    name: 'fientlig.csv',
    mimeType: 'text/csv',
    buffer: windows1252(text),
  });
  const preview = page.getByTestId('csv-preview');
  await expect(preview.getByTestId('csv-encoding')).toContainText('Windows-1252');
  const rejected = preview.getByTestId('rejected');
  // Line 3's cell holds a line break, so the rows after it start one line further down.
  await expect(rejected).toContainText(
    'Rad 5, afa_avtal (Avtal med Afa Försäkring): Uppgiften saknas.',
  );
  await expect(rejected).toContainText('Rad 6: Raden har 18 fält men rubrikraden 17.');
  const warnings = preview.getByTestId('csv-warnings');
  await expect(warnings).toContainText(
    'Rad 1, kommentar (kommentar): Kolumnen är okänd och läses inte',
  );
  await expect(warnings).toContainText('Rad 7, beskrivning (Beskrivning): Värdet innehåller ?.');
  await expect(preview.locator('[data-kind="insatser"] [data-count="added"]')).toHaveText('3');

  await preview.getByRole('button', { name: 'Importera (3 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  // Å and Ö read from Windows-1252 as the file meant them.
  await page.getByRole('link', { name: 'Åsa Öberg' }).click();
  await expect(page.locator('tr[data-insats]')).toHaveCount(3);
});

test('a UTF-8 file with one damaged byte is read as UTF-8 and only that row is refused', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  const good = Buffer.from(`${HEADER}\n${row()}\n`, 'utf8');
  const bad = Buffer.from(`${row({ insats: 'Andra', name: 'Åsa XÖberg' })}\n`, 'utf8');
  bad[bad.indexOf('X')] = 0xff;
  await page.getByLabel('Välj CSV-fil').setInputFiles({
    name: 'trasig.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([good, bad]),
  });
  const preview = page.getByTestId('csv-preview');
  await expect(preview.getByTestId('csv-encoding')).toHaveText('Teckenkodning: UTF-8');
  await expect(preview.getByTestId('rejected')).toContainText(
    'Rad 3, medarbetare_namn (Medarbetarens namn): Värdet innehåller en byte som inte är giltig UTF-8',
  );
  await expect(preview.locator('[data-kind="employees"] [data-count="added"]')).toHaveText('1');
});

test('the invoice basis downloaded for an insats named like a formula holds it as text', async ({
  context,
  serviceWorker,
}) => {
  const records = structuredClone(RECORDS);
  records.insatser[0].name = '=HYPERLINK("https://example.invalid";"Öppna")';
  records.insatser[0].performer = "+cmd|' /C calc'!A0";
  records.insatser[0].competence = '@SUM(1+1)';
  await seedRecords(serviceWorker, records);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel);
  await fillStep(panel);
  // The side panel's page makes the file, so the download is its own.
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: /Ladda ner fakturaunderlaget/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fakturaunderlag-\d{4}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const cells = Papa.parse<string[]>(csv, { delimiter: ';' }).data.flat();
  expect(cells).toContain('\'=HYPERLINK("https://example.invalid";"Öppna")');
  expect(cells).toContain("'+cmd|' /C calc'!A0");
  expect(cells).toContain("'@SUM(1+1)");
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
});

test('the extension asks for no permission it does not use', async () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3-e2e/manifest.json', 'utf8'));
  // storage: the vault's unlocked key (storage.session); sidePanel: the prefill panel. Each one is
  // in the README's table.
  expect(manifest.permissions).toEqual(['unlimitedStorage', 'alarms', 'storage', 'sidePanel']);
});
