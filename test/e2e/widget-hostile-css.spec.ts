/**
 * /fhv/hostile.html does what real host pages do, all at once: `* { all: unset }`, hidden inputs
 * with !important, a 62.5 % root font size, a 3 px font and transparent text on the element. The
 * widget must still be readable and usable there.
 */
import { expect, test } from '@playwright/test';
import { fillInsats, insatsRow, kr, widgetsReady } from './widget-helpers.ts';

test('under hostile page CSS the form is visible, usable and readable', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-05-15T12:00:00'));
  await page.goto('/fhv/hostile.html');
  await widgetsReady(page, 1);
  const widget = page.locator('stodkollen-kalkyl');

  // The host box is not collapsed by `all: unset` or `line-height: 0`.
  const box = await widget.boundingBox();
  expect(box?.width).toBeGreaterThan(250);
  expect(box?.height).toBeGreaterThan(400);

  const row = insatsRow(widget, 0);
  const controls = [
    widget.getByLabel('Sektor'),
    widget.getByLabel('Kollektivavtalad sjukförsäkring hos Afa Försäkring'),
    widget.getByLabel('Medarbetaren är'),
    row.getByLabel('Kategori'),
    row.getByLabel('Startdatum'),
    row.getByLabel('Slutdatum (genomförd)'),
    row.getByLabel('Kostnad i kronor'),
    widget.getByRole('button', { name: 'Lägg till insats' }),
  ];
  for (const control of controls) {
    await expect(control).toBeVisible();
    const size = await control.boundingBox();
    // Big enough to hit with a finger or a mouse (WCAG 2.5.8: at least 24 × 24 px).
    expect(size?.height).toBeGreaterThanOrEqual(24);
    expect(size?.width).toBeGreaterThanOrEqual(24);
  }
  // The page's fk-approved="ja" answers the question, so no checkbox is asked for.
  await expect(widget.getByLabel('Anordnaren är godkänd av Försäkringskassan')).toHaveCount(0);

  // Text is at least 14 px and not transparent, on the host and inside.
  const styles = await widget.evaluate((host) => {
    const root = host.shadowRoot!;
    const pick = (el: Element | null) => {
      const s = getComputedStyle(el!);
      return { fontSize: Number.parseFloat(s.fontSize), color: s.color, display: s.display };
    };
    return {
      host: pick(host),
      label: pick(root.querySelector('label')),
      input: pick(root.querySelector('input[name="cost"]')),
      heading: pick(root.querySelector('h2, h3, h4, h5, h6')),
    };
  });
  for (const [where, s] of Object.entries(styles)) {
    expect(s.fontSize, `${where} font-size`).toBeGreaterThanOrEqual(14);
    expect(s.color, `${where} color`).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
    expect(s.color, `${where} color`).not.toBe('rgb(255, 0, 255)');
  }
  expect(styles.host.display).toBe('block');
  expect(styles.input.display).not.toBe('none');

  // Usable: a typed cost gives the right split (region, approved provider: FK pays half).
  await fillInsats(row, {
    category: 'utredning',
    startedOn: '2025-04-07',
    performedOn: '2025-04-09',
    cost: 4200,
  });
  await expect(widget.locator('[data-total="fk"]')).toHaveText(kr(2100));
  await expect(widget.locator('[data-total="afa"]')).toHaveText(kr(0));
  await expect(widget.locator('[data-total="employer"]')).toHaveText(kr(2100));
  await expect(widget.locator('[data-total="cost"]')).toBeVisible();
  await expect(
    widget.getByRole('status').filter({ hasText: 'Försäkringskassan betalar' }),
  ).toHaveText(
    `Försäkringskassan betalar ${kr(2100)}, Afa Försäkring ${kr(0)} och ni ${kr(2100)}.`,
  );
  const totalSize = await widget
    .locator('[data-total="fk"]')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(totalSize).toBeGreaterThanOrEqual(14);

  // Selects and buttons work with the keyboard as well as the mouse.
  await widget.getByLabel('Sektor').selectOption('privat');
  await expect(widget.getByLabel('Kollektivavtalad sjukförsäkring hos Afa Försäkring')).toHaveValue(
    'AGS',
  );
  await widget.getByRole('button', { name: 'Lägg till insats' }).press('Enter');
  await expect(widget.locator('[data-insats-index]')).toHaveCount(2);
});
