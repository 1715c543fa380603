import { expect, test } from './fixtures.ts';
import {
  chooseSavedApplication,
  fillStep,
  leftTheMachine,
  modelOf,
  notFilled,
  panelOf,
  recordRequests,
  seedRecords,
} from './prefill-helpers.ts';

test('a hostile page gets no data: hidden and off-screen look-alikes, an agent field and a pre-filled field', async ({
  context,
  serviceWorker,
}) => {
  const requests = recordRequests(context);
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=hostile');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel);
  await fillStep(panel);

  const model = await modelOf(page);
  expect(model.employerOrgnr).toBe('556016-0680');
  expect(model.employerName).toBe('Annat Bolag AB');
  expect(model.agentPersonnummer).toBe('');
  await expect(page.locator('#trap-display-none')).toHaveValue('');
  await expect(page.locator('#trap-offscreen')).toHaveValue('');
  await expect(page.locator('input[type=hidden][name=personnummer]')).toHaveValue('');
  // Nothing on the page holds the personnummer in any form.
  const html = await page.evaluate(() => {
    const values = [...document.querySelectorAll('input')].map((i) => i.value).join(' ');
    return `${document.documentElement.outerHTML} ${values}`;
  });
  expect(html).not.toMatch(/1212-?1212|121212/);

  const skipped = (await notFilled(panel)).join('\n');
  // Beside the field on the page too, in the panel's words and without the value.
  const notes = page.locator('[data-stodkollen-ui="notes"]').getByRole('note');
  await expect(notes.filter({ hasText: 'du har redan fyllt i något annat' })).toHaveCount(1);
  expect((await notes.allInnerTexts()).join(' ')).not.toMatch(/Annat Bolag|Exempel Bygg|1212/);
  await expect(panel.getByText('Skriv eller välj: Exempel Bygg AB')).toBeVisible();
  expect(skipped).toContain('Ombudets personnummer');
  expect(skipped).toMatch(/Arbetsgivarens namn.*du har redan fyllt i/);
  expect(skipped).toMatch(/Medarbetarens personnummer.*(dolt|syns inte)/);
  expect(leftTheMachine(requests)).toEqual([]);
});

test('the page cannot read the records listed in the panel: the panel is not in the page, and the cue holds no records', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const panel = await panelOf(page);
  // Sven's two saved applications (a1, a2) are listed in the panel.
  await expect(panel.getByText('Sven Svensson, ')).toHaveCount(2);
  const visibleToPage = await page.evaluate(() => {
    const host = document.querySelector('[data-stodkollen-ui]');
    const frames = [...document.querySelectorAll('iframe')].map((f) => {
      try {
        return f.contentDocument?.body?.textContent ?? '';
      } catch {
        return '';
      }
    });
    return [document.body.textContent, host?.shadowRoot ? 'open' : 'closed', ...frames].join('\n');
  });
  expect(visibleToPage).not.toContain('Sven Svensson');
  expect(visibleToPage).toContain('closed');
  expect(page.frames().filter((f) => f.url().startsWith('chrome-extension://'))).toEqual([]);
});

test('what the user typed stays, and the rest of the step is filled around it', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const panel = await panelOf(page);
  await page.getByLabel('Arbetsgivarens namn').fill('Mitt Eget AB');
  await page.getByLabel('Arbetsgivarens namn').blur();
  await chooseSavedApplication(panel);
  await fillStep(panel);
  await expect(page.getByLabel('Arbetsgivarens namn')).toHaveValue('Mitt Eget AB');
  await expect(page.getByLabel(/Arbetsgivarens organisationsnummer/)).toHaveValue('556016-0680');
  expect((await notFilled(panel)).join('\n')).toMatch(/Arbetsgivarens namn.*du har redan fyllt i/);

  // Asked to replace it, it does.
  await panel.getByLabel('Ersätt det jag redan har skrivit').check();
  await fillStep(panel);
  await expect(page.getByLabel('Arbetsgivarens namn')).toHaveValue('Exempel Bygg AB');
});

test('a case with a provider FK has not approved is refused before anything is filled', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const panel = await panelOf(page);
  await panel.getByLabel('Arbetsgivare').selectOption('e1');
  await panel.getByLabel('Medarbetare').selectOption('m1');
  const others = /Stödsamtal|Utreda|Samtalsbehandling|Hälsoprofil/;
  for (const box of await panel.getByRole('checkbox', { name: others }).all()) {
    await box.uncheck();
  }
  await panel.getByRole('checkbox', { name: /ej godkänd anordnare/ }).check();
  await fillStep(panel);
  await expect(panel.getByRole('alert')).toContainText('inte godkänd av Försäkringskassan');
  await expect(page.getByLabel(/Arbetsgivarens organisationsnummer/)).toHaveValue('');
  expect(await page.locator('[data-stodkollen-filled]').count()).toBe(0);
});

test('after the extension is updated under an open tab, the page says to reload instead of failing silently', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  await panelOf(page);
  await serviceWorker.evaluate(() => {
    (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
  });
  await page.waitForTimeout(500);
  // The next step appears: the orphaned content script notices and asks for a reload.
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.locator('[data-stodkollen-ui="reload"]')).toHaveCount(1);
});

test('the invoice basis to attach is named and can be downloaded from the panel', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/eservice/?variant=a');
  const panel = await panelOf(page);
  await chooseSavedApplication(panel, 'a2');
  await fillStep(panel);
  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: /Ladda ner fakturaunderlaget/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fakturaunderlag-\d{4}\.csv$/);
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('"Utreda arbetsförmåga"');
  // FK's column: 9 250 kr in all, nothing for the Afa-only therapy or the health profile, which
  // are listed but not in the application: its cost is the two FK rows' 18 500 kr.
  expect(csv).toContain(
    '"Summa ansökan till FK / Total of the FK application";"";"";"";"18500";"9250";"0";"9250";""',
  );
  expect(csv).toMatch(/"Summa alla insatser \/ Total of all insatser";"";"";"";"29500";"9250"/);
  expect(csv).toMatch(
    /"Utreda arbetsförmåga";"Anna Berg";"Företagssköterska";"12000";"6000";.*"Ja \/ Yes"/,
  );
  expect(csv).toMatch(
    /"Samtalsbehandling hos psykolog";"Per Ek";"Legitimerad psykolog";"9000";"0";.*"Nej \/ No"/,
  );
  expect(csv).toMatch(/"Hälsoprofil";"Anna Berg";"Företagssköterska";"2000";"0";.*"Nej \/ No"/);
});

test('the content script never touches IndexedDB, no extension page is web-accessible, and the panel is the side panel', async () => {
  const { readFileSync } = await import('node:fs');
  for (const build of ['chrome-mv3', 'chrome-mv3-e2e', 'firefox-mv3']) {
    const content = readFileSync(`.output/${build}/content-scripts/fk-eservice.js`, 'utf8');
    expect(content).not.toMatch(/indexedDB|stodkollen-records/);
    // WXT's start-up postMessage would hand any page script the extension id.
    expect(content).toContain('noScriptStartedPostMessage:!0');
  }
  // Production builds leave FK's <html> unmarked: a marker tells every page script who we are.
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const content = readFileSync(`.output/${build}/content-scripts/fk-eservice.js`, 'utf8');
    expect(content).not.toContain('dataset.stodkollen');
  }
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8'));
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).not.toContain('tabs');
  }
  const chrome = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(chrome.permissions).toContain('sidePanel');
  const firefox = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
  expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
});

test('the panel has no accessibility violations (axe)', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const { AxeBuilder } = await import('@axe-core/playwright');
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=1`);
  await page.getByLabel('Sparad ansökan').selectOption('a1');
  await page.getByTestId('precheck').waitFor();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the cue stays away from pages that do not ask for the application', async ({
  context,
  serviceWorker,
}) => {
  await seedRecords(serviceWorker);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-stodkollen', 'ready');
  await page.waitForTimeout(400);
  await expect(page.locator('[data-stodkollen-ui]')).toHaveCount(0);
  expect(page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(false);
});
