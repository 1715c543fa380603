/**
 * The user flows run in both browsers: each is one description, driven by Playwright in Chromium
 * (`test/e2e/shared-flows.spec.ts`) and by puppeteer-core in Firefox (`test/e2e-firefox/`).
 * Assertions use `node:assert`, which both runners report.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { leftTheMachine, type Session, type Surface, type Tab, waitUntil } from './driver.ts';

const EXAMPLE_CSV = readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8');
const EXAMPLE_BACKUP = readFileSync('test/fixtures/records/exempel-sakerhetskopia.json', 'utf8');

/**
 * The e-service sandbox's example records, moved to the current year: FK's deadline for a year
 * is early the next year, and the consistency check runs on today's date.
 */
export const YEAR = String(new Date().getFullYear());
const ESERVICE_RECORDS = JSON.parse(
  readFileSync('test/fixtures/eservice/records.json', 'utf8').replaceAll('2026', YEAR),
).records;

export function backupText(records: unknown = ESERVICE_RECORDS): string {
  return JSON.stringify({
    format: 'stodkollen-records-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    records,
  });
}

/** No request left the machine; the requests seen include the e-service's, so they are seen. */
function assertNothingSent(s: Session): void {
  assert.ok(
    s.requests().some((u) => u.includes('/eservice/')),
    'no request was recorded',
  );
  assert.deepEqual(leftTheMachine(s.requests()), []);
}

/** "1 500 kr" → 1500. */
const kronor = (text: string) => Number(text.replace(/[^\d-]/g, ''));

export interface Flow {
  title: string;
  run(s: Session): Promise<void>;
}

async function restoreThroughDashboard(s: Session, name: string, text: string): Promise<Tab> {
  const tab = await s.extensionPage('dashboard.html#/import');
  await tab.setFile(
    { label: 'Välj säkerhetskopia' },
    { name, mimeType: 'application/json', content: text },
  );
  await tab.waitFor({ testId: 'restore-preview' });
  await tab.click({ button: 'Ersätt allt med säkerhetskopian' });
  await tab.waitFor({ css: '[role=status]' }, 'Säkerhetskopian är återställd.');
  return tab;
}

export const importCsvAndOpenEmployee: Flow = {
  title: 'importing the example CSV through the dashboard and opening an employee',
  async run(s) {
    const tab = await s.extensionPage('dashboard.html');
    await tab.waitFor({ heading: 'Stödkollen – register' });
    await tab.waitFor({ css: 'main, body' }, 'Inga uppgifter ännu');
    await tab.click({ link: 'Import och säkerhetskopia' });
    await tab.setFile(
      { label: 'Välj CSV-fil' },
      { name: 'exempel-insatser.csv', mimeType: 'text/csv', content: EXAMPLE_CSV },
    );
    await tab.waitFor({ testId: 'csv-preview' }, '6 rader lästa');
    const added = (kind: string) =>
      tab.texts({ css: `[data-testid=csv-preview] tr[data-kind="${kind}"] [data-count="added"]` });
    assert.deepEqual(await added('insatser'), ['5']);
    assert.deepEqual(await added('employees'), ['3']);
    await tab.waitFor(
      { testId: 'rejected' },
      'Rad 7, kostnad (Kostnad): Beloppet får inte vara negativt.',
    );
    await tab.click({ button: 'Importera (5 insatser)' });
    await tab.waitFor({ css: 'main, body' }, 'Importen är klar.');

    await tab.click({ link: 'Register', exact: true });
    await tab.waitFor({ link: 'Lena Larsson' });
    await tab.click({ link: 'Anna Andersson' });
    await tab.waitFor({ heading: 'Anna Andersson' });
    await tab.waitFor({ css: 'table' }, 'Utreda arbetsförmåga');
    await tab.waitFor({ css: 'table' }, 'Samtalsbehandling, 10 samtal');
    // FK, Afa and the employer share Anna's 15 000 kr (3 000 + 12 000) between them, whatever
    // today's date makes of the deadlines.
    const [fk, afa, employer] = await Promise.all(
      ['fk', 'afa', 'employer'].map(
        async (p) => (await tab.texts({ css: `[data-total="${p}"]` }))[0] ?? '',
      ),
    );
    assert.match(String(fk), /\d kr$/);
    assert.equal(kronor(String(fk)) + kronor(String(afa)) + kronor(String(employer)), 15_000);
    await tab.close();
  },
};

export const restoreBackup: Flow = {
  title: 'restoring the example backup through the dashboard, kept after reopening it',
  async run(s) {
    const tab = await s.extensionPage('dashboard.html#/import');
    await tab.setFile(
      { label: 'Välj säkerhetskopia' },
      {
        name: 'exempel-sakerhetskopia.json',
        mimeType: 'application/json',
        content: EXAMPLE_BACKUP,
      },
    );
    await tab.waitFor({ testId: 'restore-preview' }, '2 arbetsgivare, 2 medarbetare, 3 insatser');
    await tab.click({ button: 'Ersätt allt med säkerhetskopian' });
    await tab.waitFor({ css: '[role=status]' }, 'Säkerhetskopian är återställd.');
    await tab.close();

    // A new dashboard tab reads the restored records from the extension's IndexedDB.
    const again = await s.extensionPage('dashboard.html');
    await again.waitFor({ link: 'Kim Karlsson' });
    await again.waitFor({ link: 'Anna Andersson' });
    assert.deepEqual(await again.texts({ link: 'Lena Larsson' }), []);
    await again.close();
  },
};

/** What Vue must hold on the review step after filling from the saved application a1 or a2. */
export function assertFilledModel(model: Record<string, unknown>): void {
  assert.equal(model.employerOrgnr, '556016-0680');
  assert.equal(model.employerName, 'Exempel Bygg AB');
  assert.equal(model.providerOrgnr, '556677-8899');
  assert.equal(model.providerName, 'Hälsopartner Företagshälsa AB');
  // FKUI keeps a valid personnummer in its own 10-digit form: born 1912, hence the "+".
  assert.equal(String(model.personnummer).replace(/\D/g, '').slice(-10), '1212121212');
  assert.deepEqual([...(model.kinds as string[])].sort(), ['folja_upp', 'genomfora', 'utreda']);
  assert.equal(String(model.year), YEAR);
  assert.equal(String(model.amount).replace(/\D/g, ''), '18500');
  assert.equal(model.contactName, 'Karin Lind');
  assert.equal(String(model.contactPhone).replace(/\D/g, ''), '0701234567');
  assert.equal(model.contactEmail, 'karin.lind@exempelbygg.se');
  // Attachments are the user's to add; nothing the case does not hold was set.
  assert.equal(model.attachment, '');
  assert.equal(model.periodFrom, '');
  assert.equal(model.periodTo, '');
}

async function modelOf(tab: Surface): Promise<Record<string, unknown>> {
  const [text] = await tab.texts({ testId: 'model' });
  return JSON.parse(text ?? '{}');
}

/** Clicks "Fyll i" and waits for the report of this click. */
async function fillStep(panel: Surface): Promise<void> {
  const runs = await panel.run<number>(
    `() => Math.max(0, ...Array.from(document.querySelectorAll('[data-run]'), (e) => Number(e.getAttribute('data-run'))))`,
  );
  // The button waits for the panel's check of the chosen case, as a user's click would.
  await waitUntil('the panel to allow Fyll i', () =>
    panel.run<boolean>(
      `() => Array.from(document.querySelectorAll('button')).some((b) => /Fyll i/.test(b.textContent || '') && !b.disabled)`,
    ),
  );
  await panel.click({ button: 'Fyll i' });
  // A fill checks every field's visibility before it writes; on a slow machine that takes seconds.
  await waitUntil(
    'the report of the fill',
    () => panel.run<boolean>(`() => document.querySelector('[data-run="${runs + 1}"]') !== null`),
    30_000,
  );
}

/**
 * Chooses a saved application once the panel has listed it (it reads the records first). a2 adds
 * an Afa-only insats and one nobody pays for to a1's: the amount to fill is the same.
 */
async function chooseSavedApplication(panel: Surface, id: 'a1' | 'a2' = 'a1'): Promise<void> {
  await waitUntil('the saved application in the panel', () =>
    panel.run<boolean>(`() => document.querySelector('option[value="${id}"]') !== null`),
  );
  await panel.select({ label: 'Sparad ansökan' }, id);
}

/**
 * Fills a step as a user does: one click fills what was on screen at the click, so click again
 * while the panel says the fill showed new fields.
 */
async function fillWholeStep(panel: Surface, maxClicks = 4): Promise<void> {
  for (let click = 1; click <= maxClicks; click++) {
    await fillStep(panel);
    const more = await panel.run<number>(
      `() => document.querySelectorAll('[data-testid=more]').length`,
    );
    if (more === 0) return;
  }
  throw new Error(`the step still showed new fields after ${maxClicks} clicks`);
}

const STEPS = { a: 4, b: 3, c: 2 } as const;

/**
 * `newStepNotice: false` leaves out the check that the panel says "Ett nytt steg visas" after
 * "Nästa".
 */
export function prefillVariant(
  variant: keyof typeof STEPS,
  { newStepNotice = true }: { newStepNotice?: boolean } = {},
): Flow {
  return {
    title: `variant ${variant} of the e-service sandbox: every step filled from the records, Vue holds the right values, nothing is sent`,
    async run(s) {
      await (await restoreThroughDashboard(s, 'exempel.json', backupText())).close();
      const page = await s.webPage(`/eservice/?variant=${variant}`);
      const panel = await s.openPanel(page);
      await chooseSavedApplication(panel, 'a2');
      for (let step = 1; step <= STEPS[variant]; step++) {
        await page.waitFor({ css: `[data-step="${step}"]` });
        if (variant === 'c' && step === 2) {
          // The amount is rendered late: the panel offers to fill again when it appears.
          await fillStep(panel);
          await panel.waitFor({ css: '[role=status]' }, 'nytt steg');
        }
        await fillWholeStep(panel);
        await panel.waitFor({ css: '[data-testid=filled] li' });
        const skipped = await panel.texts({ css: '[data-testid=not-filled] li' });
        // Only the attachment is left to the user, with the reason and the file to attach.
        for (const line of skipped) assert.match(line, /bifoga filen själv/);
        if (skipped.length > 0) {
          await panel.waitFor(
            { css: 'body' },
            `Bifoga fakturaunderlaget: fakturaunderlag-${YEAR}.csv`,
          );
        }
        await page.click({ button: 'Nästa' });
        await page.waitFor({ css: `[data-step="${step < STEPS[variant] ? step + 1 : 'review'}"]` });
        if (newStepNotice && step < STEPS[variant]) {
          await panel.waitFor({ css: '[role=status]' }, 'Ett nytt steg visas');
        }
      }
      await page.waitFor({ css: '[data-step="review"]' });
      assertFilledModel(await modelOf(page));
      assert.notEqual(
        await page.run<string | null>(`() => document.body.getAttribute('data-submitted')`),
        'true',
      );
      assertNothingSent(s);
    },
  };
}

/** After "Nästa", the panel (beside the page) says a new step is on screen. */
export const newStepNotice: Flow = {
  title: 'after "Nästa" the panel says a new step is on screen',
  async run(s) {
    await s.seedBackup(backupText());
    const page = await s.webPage('/eservice/?variant=b');
    const panel = await s.openPanel(page);
    await chooseSavedApplication(panel);
    await fillWholeStep(panel);
    await page.click({ button: 'Nästa' });
    await page.waitFor({ css: '[data-step="2"]' });
    await panel.waitFor({ css: '[role=status]' }, 'Ett nytt steg visas');
  },
};

export const hostilePageGetsNothing: Flow = {
  title:
    'a hostile page gets no data: hidden and off-screen look-alikes, an agent field, a pre-filled field',
  async run(s) {
    await s.seedBackup(backupText());
    const page = await s.webPage('/eservice/?variant=hostile');
    const panel = await s.openPanel(page);
    await chooseSavedApplication(panel);
    await fillStep(panel);

    const model = await modelOf(page);
    assert.equal(model.employerOrgnr, '556016-0680');
    assert.equal(model.employerName, 'Annat Bolag AB');
    assert.equal(model.agentPersonnummer, '');
    assert.equal(await page.value({ css: '#trap-display-none' }), '');
    assert.equal(await page.value({ css: '#trap-offscreen' }), '');
    assert.equal(await page.value({ css: 'input[type=hidden][name=personnummer]' }), '');
    // Nothing on the page holds the personnummer in any form.
    const html = await page.run<string>(
      `() => document.documentElement.outerHTML + ' ' + Array.from(document.querySelectorAll('input'), (i) => i.value).join(' ')`,
    );
    assert.doesNotMatch(html, /1212-?1212|121212/);

    const skipped = (await panel.texts({ css: '[data-testid=not-filled] li' })).join('\n');
    assert.match(skipped, /Ombudets personnummer/);
    assert.match(skipped, /Arbetsgivarens namn.*du har redan fyllt i/);
    assert.match(skipped, /Medarbetarens personnummer.*(dolt|syns inte)/);
    assertNothingSent(s);
  },
};

const LOCALES = {
  sv: JSON.parse(readFileSync('public/_locales/sv/messages.json', 'utf8')),
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')),
} as Record<'sv' | 'en', Record<string, { message: string }>>;

export const localisedManifest: Flow = {
  title: "the browser shows the extension's name and description from its locale files",
  async run(s) {
    const tab = await s.extensionPage('popup.html');
    const got = JSON.parse(
      await tab.run<string>(`() => {
        const api = globalThis.browser ?? globalThis.chrome;
        const m = api.runtime.getManifest();
        return JSON.stringify({
          name: api.i18n.getMessage('extName'),
          description: api.i18n.getMessage('extDescription'),
          title: api.i18n.getMessage('actionTitle'),
          manifestName: m.name,
          lang: api.i18n.getUILanguage(),
        });
      }`),
    ) as Record<string, string>;
    const lang = String(got.lang).toLowerCase().startsWith('sv') ? 'sv' : 'en';
    assert.equal(got.name, LOCALES[lang].extName?.message);
    assert.equal(got.description, LOCALES[lang].extDescription?.message);
    assert.equal(got.title, LOCALES[lang].actionTitle?.message);
    assert.equal(got.manifestName, 'Stödkollen');
    await tab.close();
  },
};

/** The flows both browsers run, in order. */
export const SHARED_FLOWS: readonly Flow[] = [
  importCsvAndOpenEmployee,
  restoreBackup,
  prefillVariant('b'),
  hostilePageGetsNothing,
  newStepNotice,
  localisedManifest,
];
