/**
 * The widget passes an automated accessibility check (axe) in Swedish and in English, with its
 * result and every section open; it can be used with the keyboard with a visible focus; and it
 * reflows without horizontal scrolling at 320 px and at 200 % zoom.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { insatsRow, kr, TAG, widgetsReady } from './widget-helpers.ts';

/** Serious and critical axe findings, each with where it was found. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`));
}

async function showResults(page: Page): Promise<void> {
  const sv = page.locator('#kalkyl-sv');
  const en = page.locator('#kalkyl-en');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('15000');
  await expect(sv.locator('[data-total="fk"]')).toHaveText(kr(7500));
  await en.getByLabel('The provider is approved by Försäkringskassan').check();
  await insatsRow(en, 0).getByLabel('Cost in kronor').fill('9000');
  await expect(en.locator('[data-total="fk"]')).toHaveText(kr(4500));
}

test('axe finds nothing serious with both widgets showing a result, Swedish and English', async ({
  page,
}) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  await showResults(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds nothing serious with saved estimates, earlier grants and "Så räknar vi" open', async ({
  page,
}) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  await showResults(page);
  const sv = page.locator('#kalkyl-sv');
  const en = page.locator('#kalkyl-en');
  await sv.getByText('Sparade kalkyler', { exact: true }).click();
  await sv.getByLabel('Namn på kalkylen').fill('Utredning våren');
  await sv.getByRole('button', { name: 'Spara kalkylen' }).click();
  await expect(sv.locator('[data-saved="Utredning våren"]')).toBeVisible();
  // The confirmation step has its own buttons.
  await sv.getByRole('button', { name: 'Ta bort: Utredning våren' }).click();
  await expect(sv.getByRole('button', { name: 'Ja, ta bort' })).toBeVisible();
  await sv.getByText('Så räknar vi').click();
  await sv.getByText(/^Har ni redan fått bidrag från Försäkringskassan för \d{4}\?$/).click();
  await en.getByText('Saved estimates', { exact: true }).click();
  await en.getByText('How we count').click();
  await en
    .getByText(/^Have you already received grants from Försäkringskassan for \d{4}\?$/)
    .click();
  await expect(sv.getByRole('table')).toBeVisible();
  await expect(en.getByRole('table')).toBeVisible();
  await expect(en.getByLabel('Name of the estimate')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // An error message shown next to its field.
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('-5');
  await expect(sv.getByText('Beloppet får inte vara negativt.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a wrong amount is tied to its field and announced as something to correct', async ({
  page,
}) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  const cost = insatsRow(sv, 0).getByLabel('Kostnad i kronor');
  const status = sv.getByRole('status').filter({ hasText: /fördelning/ });
  for (const [typed, message] of [
    ['-5', 'Beloppet får inte vara negativt.'],
    ['tretusen', null],
  ] as const) {
    await cost.fill(typed);
    await expect(cost).toHaveAttribute('aria-invalid', 'true');
    if (message) await expect(cost).toHaveAccessibleDescription(new RegExp(message));
    // The live region must not tell the employer to fill in what they have already filled in.
    await expect
      .soft(status, `status after typing "${typed}"`)
      // Rendered together with the field's error: no need to wait the full default.
      .toHaveText('Rätta de markerade uppgifterna så visas fördelningen.', { timeout: 2000 });
    await expect(sv.locator('[data-total]')).toHaveCount(0);
  }
  await cost.fill('');
  await cost.blur();
  await expect(status).toHaveText('Fyll i uppgifterna ovan så visas fördelningen här.');
});

/** The element focused inside whichever shadow root holds the focus. */
function deepFocus(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.id);
      el = el.shadowRoot.activeElement;
    }
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      host: hosts[0] ?? null,
      tag: el.localName,
      id: el.id,
      name: el.getAttribute('name'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
}

test('Tab reaches the sector and the cost in order, with a visible focus outline', async ({
  page,
}) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const reached: string[] = [];
  let sector: Awaited<ReturnType<typeof deepFocus>> = null;
  let cost: Awaited<ReturnType<typeof deepFocus>> = null;
  for (let i = 0; i < 25 && !cost; i++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (!focus) continue;
    reached.push(`${focus.host ?? 'page'}:${focus.tag}#${focus.id}`);
    if (focus.host === 'kalkyl-sv' && focus.id === 'sk-sector') sector = focus;
    if (focus.host === 'kalkyl-sv' && focus.name === 'cost') cost = focus;
  }
  expect(sector, `focus went through ${reached.join(', ')}`).not.toBeNull();
  expect(cost, `focus went through ${reached.join(', ')}`).not.toBeNull();
  for (const focus of [sector!, cost!]) {
    expect(focus.outlineStyle).not.toBe('none');
    expect(focus.outlineWidth).toBeGreaterThanOrEqual(2);
  }
  // The sector comes before the cost: the form is read in the order it is shown.
  const sectorAt = reached.indexOf('kalkyl-sv:select#sk-sector');
  const costAt = reached.findIndex((r) => r.startsWith('kalkyl-sv:input#') && r.endsWith('-cost'));
  expect(sectorAt).toBeGreaterThanOrEqual(0);
  expect(costAt).toBeGreaterThan(sectorAt);

  // Typing where the focus is computes the estimate.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6000');
  await expect(page.locator('#kalkyl-sv [data-total="fk"]')).toHaveText(kr(3000));
});

for (const width of [320, 640]) {
  test(`no horizontal scrolling at ${width} px wide${width === 640 ? ' (200 % zoom of 1280 px)' : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/fhv/');
    await widgetsReady(page, 2);
    await showResults(page);
    for (const id of ['#kalkyl-sv', '#kalkyl-en']) {
      const widget = page.locator(id);
      await widget.getByRole('button', { name: /Lägg till insats|Add an insats/ }).click();
      await widget.getByText(/^(Så räknar vi|How we count)$/).click();
      await widget.getByText(/^(Sparade kalkyler|Saved estimates)$/).click();
      await widget
        .getByText(
          /^(Har ni redan fått bidrag från Försäkringskassan för \d{4}\?|Have you already received grants from Försäkringskassan for \d{4}\?)$/,
        )
        .click();
    }
    await expect(page.locator('#kalkyl-sv').getByRole('table')).toBeVisible();

    const overflow = await page.evaluate((tag) => {
      const scroller = document.scrollingElement!;
      // What sticks out, to say where the problem is when there is one.
      const wide: string[] = [];
      for (const host of document.querySelectorAll(tag)) {
        for (const el of host.shadowRoot!.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right > window.innerWidth + 0.5 && r.width > 0) {
            wide.push(`${host.id} ${el.localName}.${el.className} right=${Math.round(r.right)}`);
          }
        }
      }
      return { scrollWidth: scroller.scrollWidth, wide: wide.slice(0, 10) };
    }, TAG);
    expect(overflow.scrollWidth, overflow.wide.join('\n')).toBeLessThanOrEqual(width);
  });
}

test('the date entry is one Tab stop and takes 20260310, 2026-03-10 and 10/3 2026 in Swedish', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-06-01T12:00:00'));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const row = insatsRow(page.locator('#kalkyl-sv'), 0);
  const start = row.getByLabel('Startdatum');
  const end = row.getByLabel('Slutdatum (genomförd)');
  for (const typed of ['20260310', '2026-03-10', '10/3 2026']) {
    await start.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(typed);
    // One Tab from the start date reaches the end date: no day, month and year stops.
    await page.keyboard.press('Tab');
    await expect(end).toBeFocused();
    await expect(start).toHaveValue('2026-03-10');
    await expect(end).toHaveValue('2026-03-10');
  }
  await expect(page.locator('#kalkyl-sv [data-line="0"] time').first()).toHaveText('10 mars 2026');
});

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the ja/nej/kanske badges reach AAA contrast (theme="${theme}")`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-06-01T12:00:00'));
    await page.goto('/fhv/');
    await widgetsReady(page, 2);
    const sv = page.locator('#kalkyl-sv');
    await sv.evaluate((el, t) => el.setAttribute('theme', t), theme);
    const row = insatsRow(sv, 0);
    await row.getByLabel('Kategori').selectOption('psykologbehandling');
    await row.getByLabel('Startdatum').fill('2025-03-01');
    await row.getByLabel('Kostnad i kronor').fill('12000');
    await sv.getByLabel('Sektor').selectOption('privat');
    await expect(sv.locator('[data-answer="kanske"]')).toHaveCount(1);
    const badges = await sv.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('[data-answer]')].map((b) => {
        const style = getComputedStyle(b);
        return {
          answer: b.getAttribute('data-answer'),
          color: style.color,
          background: style.backgroundColor,
          size: style.fontSize,
        };
      }),
    );
    expect(new Set(badges.map((b) => b.answer))).toEqual(new Set(['nej', 'kanske']));
    for (const b of badges) {
      expect(
        contrast(b.color, b.background),
        `${b.answer} on ${b.background}`,
      ).toBeGreaterThanOrEqual(7);
      expect(Number.parseFloat(b.size)).toBeGreaterThanOrEqual(14);
    }
  });
}

test('forced-colours mode keeps the colours of the bar and its legend', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  const sv = page.locator('#kalkyl-sv');
  await insatsRow(sv, 0).getByLabel('Kostnad i kronor').fill('10 000');
  const colours = await sv.evaluate((el) => {
    const root = el.shadowRoot!;
    const bg = (sel: string) => getComputedStyle(root.querySelector(sel)!).backgroundColor;
    return { bar: bg('.bar .fk'), swatch: bg('.swatch.fk'), swatchAfa: bg('.swatch.afa') };
  });
  // The legend's swatch has the bar's colour, and the three swatches differ.
  expect(colours.swatch).toBe(colours.bar);
  expect(colours.swatch).not.toBe(colours.swatchAfa);
});

test('axe finds nothing serious with theme="dark", colour contrast included', async ({ page }) => {
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  // The Swedish widget keeps the default colours; the English one sets a light background of its
  // own, which a dark theme does not override.
  await page.locator('#kalkyl-sv').evaluate((el) => el.setAttribute('theme', 'dark'));
  await showResults(page);
  await page.locator('#kalkyl-sv').getByText('Så räknar vi').click();
  await expect(page.locator('#kalkyl-sv').getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
