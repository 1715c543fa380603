/**
 * "Sparade kalkyler": an estimate saved in the browser is there after a reload, opens with the same
 * inputs and totals, and is gone for good once deleted. A name that looks like a personnummer is
 * refused and nothing is written.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { fillInsats, insatsRow, kr, widgetsReady } from './widget-helpers.ts';

const NAME = 'Stresskurs hösten';

async function openSwedish(page: Page): Promise<Locator> {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  return page.locator('#kalkyl-sv');
}

/** Opens the "Sparade kalkyler" details of a widget and returns its section. */
async function openSaved(widget: Locator): Promise<Locator> {
  const title = widget.getByText('Sparade kalkyler', { exact: true });
  await title.click();
  await expect(widget.getByLabel('Namn på kalkylen')).toBeVisible();
  return widget.locator('details', {
    has: widget.page().getByText('Sparade kalkyler', { exact: true }),
  });
}

test('a saved estimate survives a reload, reopens with the same inputs and totals, and is deleted after a confirmation', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2025-05-15T12:00:00'));
  let widget = await openSwedish(page);
  await widget.getByLabel('Sektor').selectOption('region');
  await widget.getByLabel('Medarbetaren är').selectOption('arbetare');
  await fillInsats(insatsRow(widget, 0), {
    category: 'stresshantering',
    startedOn: '2025-03-03',
    performedOn: '2025-03-28',
    cost: 18500,
  });
  await widget.getByRole('button', { name: 'Lägg till insats' }).click();
  await fillInsats(insatsRow(widget, 1), {
    category: 'psykologbehandling',
    startedOn: '2025-04-01',
    performedOn: '2025-04-30',
    cost: 9000,
  });
  const totals = ['fk', 'afa', 'employer', 'cost'] as const;
  await expect(widget.locator('[data-total="cost"]')).toHaveText(kr(27500));
  const before = await Promise.all(
    totals.map((t) => widget.locator(`[data-total="${t}"]`).textContent()),
  );

  let saved = await openSaved(widget);
  await expect(saved.getByText('Inga sparade kalkyler än.')).toBeVisible();
  await saved.getByLabel('Namn på kalkylen').fill(NAME);
  await saved.getByRole('button', { name: 'Spara kalkylen' }).click();
  await expect(saved.getByRole('status')).toHaveText(`Sparad: ${NAME}.`);
  await expect(saved.locator(`[data-saved="${NAME}"]`)).toBeVisible();

  await page.reload();
  await widgetsReady(page, 2);
  widget = page.locator('#kalkyl-sv');
  // A fresh page starts from the page's defaults, not from the saved estimate.
  await expect(insatsRow(widget, 0).getByLabel('Kategori')).toHaveValue('utredning');
  await expect(widget.locator('[data-insats-index]')).toHaveCount(1);
  saved = await openSaved(widget);
  const item = saved.locator(`[data-saved="${NAME}"]`);
  await expect(item).toBeVisible();
  await expect(item).toContainText(NAME);
  await item.getByRole('button', { name: `Öppna: ${NAME}` }).click();
  await expect(saved.getByRole('status')).toHaveText(`Öppnade ${NAME}. Beräknad med dagens datum.`);

  await expect(widget.getByLabel('Sektor')).toHaveValue('region');
  await expect(widget.getByLabel('Medarbetaren är')).toHaveValue('arbetare');
  await expect(widget.locator('[data-insats-index]')).toHaveCount(2);
  const row0 = insatsRow(widget, 0);
  const row1 = insatsRow(widget, 1);
  await expect(row0.getByLabel('Kategori')).toHaveValue('stresshantering');
  await expect(row0.getByLabel('Startdatum')).toHaveValue('2025-03-03');
  await expect(row0.getByLabel('Slutdatum (genomförd)')).toHaveValue('2025-03-28');
  await expect(row0.getByLabel('Kostnad i kronor')).toHaveValue('18500');
  await expect(row1.getByLabel('Kategori')).toHaveValue('psykologbehandling');
  await expect(row1.getByLabel('Startdatum')).toHaveValue('2025-04-01');
  await expect(row1.getByLabel('Kostnad i kronor')).toHaveValue('9000');
  for (const [i, t] of totals.entries()) {
    await expect(widget.locator(`[data-total="${t}"]`)).toHaveText(before[i]!);
  }
  // The open estimate is updated in place rather than saved twice.
  await expect(saved.getByRole('button', { name: 'Spara ändringarna' })).toBeVisible();

  await item.getByRole('button', { name: `Ta bort: ${NAME}` }).click();
  await expect(item).toContainText(`Ta bort ${NAME}?`);
  await item.getByRole('button', { name: 'Ja, ta bort' }).click();
  await expect(saved.getByRole('status')).toHaveText(`${NAME} är borttagen.`);
  await expect(saved.locator('[data-saved]')).toHaveCount(0);
  await expect(saved.getByText('Inga sparade kalkyler än.')).toBeVisible();

  await page.reload();
  await widgetsReady(page, 2);
  saved = await openSaved(page.locator('#kalkyl-sv'));
  await expect(saved.getByText('Inga sparade kalkyler än.')).toBeVisible();
  await expect(saved.locator('[data-saved]')).toHaveCount(0);
});

test('cancelling the confirmation keeps the estimate', async ({ page }) => {
  const widget = await openSwedish(page);
  const saved = await openSaved(widget);
  await saved.getByLabel('Namn på kalkylen').fill('Utredning våren');
  await saved.getByRole('button', { name: 'Spara kalkylen' }).click();
  const item = saved.locator('[data-saved="Utredning våren"]');
  await item.getByRole('button', { name: 'Ta bort: Utredning våren' }).click();
  await item.getByRole('button', { name: 'Avbryt' }).click();
  await page.reload();
  await widgetsReady(page, 2);
  await expect(
    (await openSaved(page.locator('#kalkyl-sv'))).locator('[data-saved="Utredning våren"]'),
  ).toBeVisible();
});

test('a name with a personnummer is refused with a message, and nothing is saved', async ({
  page,
}) => {
  const widget = await openSwedish(page);
  const saved = await openSaved(widget);
  const name = saved.getByLabel('Namn på kalkylen');
  await name.fill('Anna 19850312-1234');
  await saved.getByRole('button', { name: 'Spara kalkylen' }).click();
  const message =
    'Namnet ser ut att innehålla ett personnummer. Spara utan personuppgifter, t.ex. ”Stresskurs hösten”.';
  await expect(saved.getByText(message)).toBeVisible();
  // The message is tied to the field, so a screen reader reads it with the name.
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(message);
  await expect(saved.locator('[data-saved]')).toHaveCount(0);
  await expect(saved.getByRole('status')).not.toContainText('Sparad');

  await page.reload();
  await widgetsReady(page, 2);
  const after = await openSaved(page.locator('#kalkyl-sv'));
  await expect(after.getByText('Inga sparade kalkyler än.')).toBeVisible();
  const stored = await page.evaluate(async () => {
    // Whatever the database holds, the personnummer must not be in it.
    const dbs = await indexedDB.databases();
    const texts: string[] = [];
    for (const info of dbs) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        texts.push(JSON.stringify(all));
      }
      db.close();
    }
    return texts.join('\n');
  });
  expect(stored).not.toContain('19850312');
});
