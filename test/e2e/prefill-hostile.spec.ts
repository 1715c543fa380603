/**
 * The hostile page: every disguise a careful person would see through, one at a time (so that no
 * other rule, such as two fields claiming the same value, hides a failing one) and all at once.
 * The employee's personnummer must reach none of them, and the page must not learn who we are.
 */
import { TRAPS } from '../fixtures/eservice/traps.ts';
import { expect, test } from './fixtures.ts';
import {
  chooseSavedApplication,
  fillStep,
  modelOf,
  panelOf,
  seedRecords,
} from './prefill-helpers.ts';

const PNR = /1212-?1212|121212/;

test('no disguised field gets the employee\u2019s personnummer, each disguise on its own', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  const filledWrongly: string[] = [];
  for (const trap of TRAPS) {
    await page.goto(`/eservice/?variant=hostile&trap=${trap.id}`);
    const panel = await panelOf(page);
    await chooseSavedApplication(panel);
    await fillStep(panel);
    // The step was filled: the employer's number went in, so the click did reach the page.
    expect((await modelOf(page)).employerOrgnr).toBe('556016-0680');
    const value = await page.locator('[data-trap-input]').inputValue();
    if (value !== '') filledWrongly.push(`${trap.id} (${trap.disguise}): ${value}`);
  }
  expect(filledWrongly).toEqual([]);
});

test('with every trap on the page at once, neither the page\u2019s DOM nor its scripts ever see the number, and WXT posts no message', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  // The page's own scripts, listening to everything a filler could leak through.
  await page.addInitScript(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    window.addEventListener('message', (e) => w.seen.push(`message ${JSON.stringify(e.data)}`));
    for (const type of ['input', 'change', 'focusout']) {
      document.addEventListener(
        type,
        (e) => w.seen.push(`${type} ${(e.target as HTMLInputElement).value ?? ''}`),
        true,
      );
    }
  });
  await page.goto('/eservice/?variant=hostile');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel);
  await fillStep(panel);

  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((s) => s.startsWith('message'))).toEqual([]);
  expect(seen.join('\n')).not.toMatch(PNR);
  expect(seen.join('\n')).not.toContain(extensionId);
  const html = await page.evaluate(() => {
    const values = [...document.querySelectorAll('input')].map((i) => i.value).join(' ');
    return `${document.documentElement.outerHTML} ${values}`;
  });
  expect(html).not.toMatch(PNR);
  expect(html).not.toContain(extensionId);
  await expect(page.locator('[data-trap-input]')).toHaveCount(TRAPS.length);
  for (const input of await page.locator('[data-trap-input]').all()) {
    await expect(input).toHaveValue('');
  }
});

test('one click fills what was on screen at the click: a field the fill revealed waits for the next click, and the panel says so', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=hostile&trap=no-owner');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel);
  await fillStep(panel);
  const revealed = page.getByRole('textbox', { name: /^Medarbetarens personnummer Skriv/ });
  await expect(revealed).toBeVisible();
  await expect(revealed).toHaveValue('');
  expect((await modelOf(page)).revealedPersonnummer).toBe('');
  await expect(panel.getByTestId('more')).toContainText('1 nya fält');
  await expect(panel.getByTestId('more')).toContainText('klickar Fyll i igen');

  // The user saw it and clicks again: now it is on screen at the click.
  await fillStep(panel);
  await expect(revealed).not.toHaveValue('');
  expect(String((await modelOf(page)).revealedPersonnummer).replace(/\D/g, '')).toMatch(
    /1212121212$/,
  );
  await expect(panel.getByTestId('more')).toHaveCount(0);
});

test('variant B: choosing "whole year" reveals the year, which the next click fills, not this one', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=b');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel);
  await fillStep(panel);
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.locator('[data-step="2"]')).toBeVisible();
  await expect(panel.getByRole('status')).toContainText('Ett nytt steg visas');
  await fillStep(panel);
  const year = page.getByLabel('Ange år');
  await expect(year).toBeVisible();
  await expect(year).toHaveValue('');
  await expect(panel.getByTestId('more')).toBeVisible();
  await fillStep(panel);
  await expect(year).toHaveValue(/^\d{4}$/);
});
