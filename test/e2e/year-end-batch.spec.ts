/**
 * The year-end batch in the real extension, in January: a provider with the example records
 * prints every employer's cover list and every employee's invoice basis and 7026 report in one
 * job on A4 pages, saves the same as a ZIP whose file names hold no personnummer and no names,
 * and marks the batch as sent: the deadlines page then shows FK's deadlines as sent and the
 * toolbar badge stops counting them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';

const EXAMPLE_CSV = resolve('test/fixtures/records/exempel-insatser.csv');
const PEOPLE = [
  ['Anna Andersson', '19850712-1237'],
  ['Lena Larsson', '19761123-3458'],
  ['Kim Karlsson', '19900315-2346'],
] as const;

type Worker = import('@playwright/test').Worker;

/** The toolbar badge's text, as the background set it. */
const badgeText = (worker: Worker) =>
  worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { action: { getBadgeText(d: object): Promise<string> } };
      }
    ).chrome.action.getBadgeText({}),
  );

test('Årsavslut: one print job, one report per employee, a ZIP without personnummer', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The background's clock cannot be set from the page: its Date is moved to 20 January 2027,
  // 12 days before FK's deadline for 2026, so that the badge's 14 days hold the example's deadlines.
  await serviceWorker.evaluate(() => {
    const at = new Date('2027-01-20T09:00:00').getTime();
    const Real = Date;
    class Fixed extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(at);
        else super(...(args as [number]));
      }
      static override now() {
        return at;
      }
    }
    (globalThis as unknown as { Date: DateConstructor }).Date = Fixed as DateConstructor;
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2027-01-12T09:00:00'));
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
  // The import told the background, which counted the deadlines within 14 days.
  await expect.poll(() => badgeText(serviceWorker)).toMatch(/^[1-9]\d*$/);
  const dueBefore = Number(await badgeText(serviceWorker));

  await page.getByRole('link', { name: 'Årsavslut' }).click();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2026');
  await expect(page.getByTestId('batch-summary')).toHaveText(
    'I utskicket: 2 arbetsgivare, 3 medarbetare, 6 dokument.',
  );
  const employersTable = page.getByTestId('batch-employers');
  await expect(employersTable.getByRole('row', { name: /Exempelby kommun/ })).toContainText(
    '10 500 kr',
  );
  await expect(employersTable.getByRole('row', { name: /Verkstaden AB/ })).toContainText(
    '1 februari 2027',
  );

  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The print dialog itself cannot be driven headless: count the calls instead.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Skriv ut alla (6 dokument)' }).click();
  const job = page.getByTestId('batch-print');
  await expect(job).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  await expect(job.locator('[data-doc="cover"]')).toHaveCount(2);
  await expect(job.locator('[data-doc="invoice"]')).toHaveCount(3);
  const reports = job.locator('[data-doc="7026"]');
  await expect(reports).toHaveCount(3);
  for (const [n, [name, pnr]] of PEOPLE.entries()) {
    await expect(reports.filter({ hasText: name })).toHaveCount(1);
    await expect(reports.filter({ hasText: pnr })).toHaveCount(1);
    expect(n).toBeLessThan(3);
  }

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /Skriv ut alla/ })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  // Each of the 8 documents starts its own page; every page is A4.
  expect(boxes.length).toBeGreaterThanOrEqual(8);
  for (const box of boxes) expect(box).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara som ZIP' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('arsavslut-2026.zip');
  const entries = unzipSync(new Uint8Array(readFileSync((await file.path()) as string)));
  const names = Object.keys(entries);
  expect(names.filter((n) => n.endsWith('rapport-7026.html'))).toHaveLength(3);
  expect(names.filter((n) => n.endsWith('fakturaunderlag.html'))).toHaveLength(3);
  expect(names.filter((n) => n.endsWith('forteckning.html'))).toHaveLength(2);
  for (const [name, pnr] of PEOPLE) {
    const digits = pnr.replace(/\D/g, '');
    for (const n of names) {
      expect(n.replace(/\D/g, '')).not.toContain(digits.slice(2));
      expect(n.toLowerCase()).not.toContain(name.split(' ')[0]!.toLowerCase());
    }
  }

  await page.getByRole('button', { name: 'Markera som skickat' }).click();
  await expect(page.getByText('Utskicket är markerat som skickat.')).toBeVisible();
  await expect(employersTable.getByText('Skickat 12 januari 2027')).toHaveCount(2);
  await page.reload();
  await expect(
    page.getByTestId('batch-employers').getByText('Skickat 12 januari 2027'),
  ).toHaveCount(2);

  // Every employee's FK deadline was in the sent batch: the badge no longer counts them...
  await expect.poll(() => badgeText(serviceWorker)).not.toBe(String(dueBefore));
  const dueAfter = Number((await badgeText(serviceWorker)) || 0);
  expect(dueAfter).toBe(dueBefore - 3);
  // ...and the deadlines page says they were sent, not just how many days are left.
  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  const deadlines = page.getByTestId('deadlines');
  const fkRows = deadlines.getByRole('row').filter({ hasText: 'Försäkringskassan' });
  await expect(fkRows).toHaveCount(3);
  for (const [name] of PEOPLE) {
    await expect(fkRows.filter({ hasText: name })).toContainText(
      'Årsavslutet skickat till arbetsgivaren 12 januari 2027',
    );
  }

  // Afterwards a new employee's insats comes in for Exempelby kommun: not covered by the mark.
  await page.getByRole('link', { name: 'Import och säkerhetskopia' }).click();
  await page.getByLabel('Välj CSV-fil').setInputFiles({
    name: 'nya.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `${readFileSync(EXAMPLE_CSV, 'utf8').split('\n')[0]}\n` +
        '212000-0142;Exempelby kommun;kommun;AGS-KL;19800101-1231;Nils Nilsson;arbetare;;utredning;Utreda arbetsförmåga;utreda;2026-11-02;2026-11-20;Eva Ek;Leg. psykolog;4 000;Bedömning.;Nils kan arbeta heltid med stöd.;nej\n',
      'utf8',
    ),
  });
  await page.getByRole('button', { name: 'Importera (1 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  // The badge counts Nils's deadline again.
  await expect.poll(() => badgeText(serviceWorker)).toBe(String(dueAfter + 1));
  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  await expect(page.getByTestId('since-sent')).toContainText('Nils Nilsson (ny)');
  const nils = page.getByTestId('deadlines').getByRole('row').filter({ hasText: 'Nils Nilsson' });
  await expect(nils.filter({ hasText: 'Försäkringskassan' })).not.toContainText('skickat');

  // The year-end page names him; only the new ones are sent and marked, the rest stays sent.
  await page.getByTestId('since-sent').getByRole('link', { name: 'Till årsavslutet' }).click();
  await expect(page.getByTestId('since-sent')).toContainText('Nils Nilsson (ny)');
  await expect(employersTable.getByRole('row', { name: /Exempelby kommun/ })).toContainText(
    'tillkommit sedan dess: 1 medarbetare',
  );
  await page.getByLabel('Bara nya och ändrade sedan senast skickat').check();
  await expect(page.getByTestId('batch-summary')).toHaveText(
    'I utskicket: 1 arbetsgivare, 1 medarbetare, 2 dokument.',
  );
  await page.getByRole('button', { name: 'Markera som skickat' }).click();
  await expect(page.getByText('Utskicket är markerat som skickat.')).toBeVisible();
  await expect(page.getByTestId('since-sent')).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker)).toBe(dueAfter > 0 ? String(dueAfter) : '');
  await page.getByRole('link', { name: 'Tak och sista dagar' }).click();
  await expect(fkRows).toHaveCount(4);
  for (const name of [...PEOPLE.map(([n]) => n), 'Nils Nilsson']) {
    await expect(fkRows.filter({ hasText: name })).toContainText('Årsavslutet skickat');
  }
});
