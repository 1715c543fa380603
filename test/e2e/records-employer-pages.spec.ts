/**
 * An employer with many insatser: staff page through them 50 at a time.
 */
import { expect, test } from './fixtures.ts';

const HEADER =
  'arbetsgivare_orgnr;arbetsgivare_namn;sektor;afa_avtal;personnummer;medarbetare_namn;anstallningsgrupp;insats_id;kategori;insats_namn;fk_typ;paborjad;genomford;utforare;kompetens;kostnad';

function manyInsatser(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    return `212000-0142;Exempelby kommun;kommun;AGS-KL;850712-1237;Anna Andersson;arbetare;s${String(i).padStart(3, '0')};stodsamtal;Stödsamtal ${i + 1};genomföra;2026-${month}-${day};2026-${month}-${day};Eva Ek;Leg. psykolog;1 000`;
  });
  return `${HEADER}\n${rows.join('\n')}\n`;
}

test('an employer’s 60 insatser are shown 50 on the first page and 10 on the next', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await page.getByLabel('Välj CSV-fil').setInputFiles({
    name: 'manga.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(manyInsatser(60), 'utf8'),
  });
  await page.getByRole('button', { name: 'Importera (60 insatser)' }).click();
  await expect(page.getByText('Importen är klar.')).toBeVisible();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('link', { name: 'Alla insatser Exempelby kommun' }).click();

  const rows = page.getByTestId('employer-insatser').locator('tbody tr');
  await expect(page.getByText('60 insatser · sida 1 av 2')).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Stödsamtal 1');
  await page.getByRole('link', { name: 'Nästa sida' }).click();
  await expect(page.getByText('60 insatser · sida 2 av 2')).toBeVisible();
  await expect(rows).toHaveCount(10);
  await expect(rows.last()).toContainText('Stödsamtal 60');
  await expect(page.getByRole('link', { name: 'Nästa sida' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Föregående sida' }).click();
  await expect(rows).toHaveCount(50);
});
