import { expect, test } from './fixtures.ts';
import {
  chooseSavedApplication,
  fillStep,
  fillWholeStep,
  leftTheMachine,
  modelOf,
  notFilled,
  panelOf,
  recordRequests,
  recordsWithVat,
  restoreThroughDashboard,
  YEAR,
} from './prefill-helpers.ts';

const digits = (v: unknown) => String(v).replace(/\D/g, '');

/** What Vue must hold on the review step after filling from the saved application a1. */
function expectFilledModel(model: Record<string, unknown>) {
  expect(model.employerOrgnr).toBe('556016-0680');
  expect(model.employerName).toBe('Exempel Bygg AB');
  expect(model.providerOrgnr).toBe('556677-8899');
  expect(model.providerName).toBe('Hälsopartner Företagshälsa AB');
  expectSharedModel(model);
  expect(String(model.amount).replace(/\D/g, '')).toBe('18500');
  expect(model.contactName).toBe('Karin Lind');
  expect(model.periodFrom).toBe('');
  expect(model.periodTo).toBe('');
}

/** The values every variant asks for in some form. */
function expectSharedModel(model: Record<string, unknown>) {
  // FKUI keeps a valid personnummer in its own 10-digit form: born 1912, hence the "+".
  expect(String(model.personnummer).replace(/\D/g, '').slice(-10)).toBe('1212121212');
  expect([...(model.kinds as string[])].sort()).toEqual(['folja_upp', 'genomfora', 'utreda']);
  expect(String(model.year)).toBe(YEAR);
  expect(String(model.contactPhone).replace(/\D/g, '')).toBe('0701234567');
  expect(model.contactEmail).toBe('karin.lind@exempelbygg.se');
  // Attachments are the user's to add.
  expect(model.attachment).toBe('');
}

/** Selects by orgnr and exact name, split names, FKUI dates, the cost with and without VAT. */
function expectVariantD(model: Record<string, unknown>) {
  expect(model.employerName).toBe('Exempel Bygg AB');
  expect(model.employerOrgnr).toBe('556016-0680');
  expect(model.providerName).toBe('Hälsopartner Företagshälsa AB (556677-8899)');
  expect(model.employeeFirstName).toBe('Sven');
  expect(model.employeeLastName).toBe('Svensson');
  expectSharedModel(model);
  expect(model.periodFrom).toBe(`${YEAR}-01-12`);
  expect(model.periodTo).toBe(`${YEAR}-02-02`);
  expect(digits(model.amountExVat)).toBe('18500');
  expect(digits(model.amountIncVat)).toBe('21500');
  expect(model.contactFirstName).toBe('Karin');
  expect(model.contactLastName).toBe('Lind');
}

/** Owners from headings and question legends, a compact date hint, a native date input. */
function expectVariantE(model: Record<string, unknown>) {
  expect(model.employerOrgnr).toBe('556016-0680');
  expect(model.employerName).toBe('Exempel Bygg AB');
  expect(model.providerOrgnr).toBe('556677-8899');
  expect(model.providerName).toBe('Hälsopartner Företagshälsa AB');
  expect(model.employeeName).toBe('Sven Svensson');
  expect(String(model.personnummer).replace(/\D/g, '').slice(-10)).toBe('1212121212');
  expect(String(model.year)).toBe(YEAR);
  expect(model.periodFrom).toBe(`${YEAR}0112`);
  expect(model.periodTo).toBe(`${YEAR}-02-02`);
  expect(digits(model.amount)).toBe('18500');
  expect(model.contactName).toBe('Karin Lind');
  expect(digits(model.contactPhone)).toBe('0701234567');
  expect(model.contactEmail).toBe('karin.lind@exempelbygg.se');
  expect(model.attachment).toBe('');
}

const VARIANTS = [
  // a2 holds an Afa-only insats and one nobody pays for: the filled amount must still be 18 500.
  { id: 'a', steps: 4, expectModel: expectFilledModel, application: 'a2' },
  { id: 'b', steps: 3, expectModel: expectFilledModel },
  { id: 'c', steps: 2, expectModel: expectFilledModel },
  { id: 'd', steps: 4, expectModel: expectVariantD, records: recordsWithVat() },
  { id: 'e', steps: 3, expectModel: expectVariantE },
] as const;

for (const variant of VARIANTS) {
  test(`variant ${variant.id}: every step is filled from the records and Vue holds the right values, nothing is sent`, async ({
    context,
    extensionId,
  }) => {
    const requests = recordRequests(context);
    await restoreThroughDashboard(
      context,
      extensionId,
      'records' in variant ? variant.records : undefined,
    );
    const page = await context.newPage();
    await page.goto(`/eservice/?variant=${variant.id}`);
    const panel = await panelOf(page);
    await chooseSavedApplication(panel, 'application' in variant ? variant.application : 'a1');
    // a2 also names an Afa-only insats (9 000 kr) and one neither FK nor Afa pays for (2 000 kr):
    // the cost to enter is that of the insatser FK takes part in, 18 500 kr, as for a1.
    const cost = panel.getByTestId('cost');
    await expect(cost).toContainText(/Kostnad att fylla i: 18\s500 kr/);
    await expect(cost).not.toContainText(/27\s500|29\s500|20\s500/);
    await expect(panel.getByTestId('precheck')).toContainText(
      /betalar enligt registret 9\s250\skr/,
    );

    for (let step = 1; step <= variant.steps; step++) {
      await expect(page.locator(`[data-step="${step}"]`)).toBeVisible();
      if (variant.id === 'c' && step === 2) {
        // The amount is rendered late: the panel offers to fill again when it appears.
        await fillStep(panel);
        await expect(panel.getByRole('status')).toContainText('nytt steg');
      }
      await fillWholeStep(panel);
      await expect(panel.getByTestId('filled').locator('li').first()).toBeVisible();
      const skipped = await notFilled(panel);
      // Only the attachment is left to the user, with the reason and the file to attach.
      for (const line of skipped) expect(line).toMatch(/bifoga filen själv|stämde redan/);
      if (skipped.length > 0) {
        await expect(
          panel.getByText(`Bifoga fakturaunderlaget: fakturaunderlag-${YEAR}.csv`),
        ).toBeVisible();
      }
      await page.getByRole('button', { name: 'Nästa' }).click();
      if (step < variant.steps) {
        await expect(panel.getByRole('status')).toContainText('Ett nytt steg visas');
      }
    }
    await expect(page.locator('[data-step="review"]')).toBeVisible();
    variant.expectModel(await modelOf(page));
    await expect(page.locator('body')).not.toHaveAttribute('data-submitted', 'true');
    expect(leftTheMachine(requests)).toEqual([]);
  });
}
