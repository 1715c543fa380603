/**
 * The worked examples of the rule book (Anna, Kim, Lena), typed into the widget the way an employer
 * would, on the day each golden case is computed for. Every krona per line and in total, and every
 * deadline, must match shared/domain/golden-cases.json.
 */
import { expect, type Locator, test } from '@playwright/test';
import {
  EN_ROW,
  fillInsats,
  type GoldenCase,
  goldenCase,
  insatsRow,
  kr,
  type RowLabels,
  SV_ROW,
  type WidgetElement,
  widgetsReady,
} from './widget-helpers.ts';

interface Ui {
  lang: 'sv' | 'en';
  row: RowLabels;
  sector: string;
  agreement: string;
  group: string;
  approved: string;
  add: string;
  medarbetaravtal: string;
  deductsVat: string;
  status: (fk: number, afa: number, employer: number) => string;
  /** How the status sentence begins, to tell it from the other live regions. */
  statusStart: string;
  noAfaDeadline: string;
}

const SV: Ui = {
  lang: 'sv',
  row: SV_ROW,
  sector: 'Sektor',
  agreement: 'Kollektivavtalad sjukförsäkring hos Afa Försäkring',
  group: 'Medarbetaren är',
  approved: 'Anordnaren är godkänd av Försäkringskassan',
  add: 'Lägg till insats',
  medarbetaravtal: 'Har företaget ett medarbetaravtal?',
  deductsVat: 'Vi kan dra av momsen',
  status: (fk, afa, employer) =>
    `Försäkringskassan betalar ${kr(fk)}, Afa Försäkring ${kr(afa)} och ni ${kr(employer)}.`,
  statusStart: 'Försäkringskassan betalar',
  noAfaDeadline: 'Privata arbetsgivare har ingen tidsgräns hos Afa Försäkring.',
};

const EN: Ui = {
  lang: 'en',
  row: EN_ROW,
  sector: 'Sector',
  agreement: 'Collective sickness insurance with Afa Försäkring',
  group: 'The employee is',
  approved: 'The provider is approved by Försäkringskassan',
  add: 'Add an insats',
  medarbetaravtal: 'Does the company have a medarbetaravtal?',
  deductsVat: 'We can deduct the VAT',
  status: (fk, afa, employer) =>
    `Försäkringskassan pays ${kr(fk)}, Afa Försäkring ${kr(afa)} and you ${kr(employer)}.`,
  statusStart: 'Försäkringskassan pays',
  noAfaDeadline: 'Private employers have no time limit with Afa Försäkring.',
};

/** An amount followed by the yes/no badge: "1 500 kr ja". */
function amountThenAnswer(amount: number): RegExp {
  return new RegExp(`^${kr(amount).replace(/\u00a0/g, '\\s')}\\s`);
}

function longDate(iso: string, lang: 'sv' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(y, m - 1, d),
  );
}

/** Enters a golden case through the form and checks everything the employer reads back. */
async function enterAndCheck(widget: Locator, c: GoldenCase, ui: Ui): Promise<void> {
  const { input, expected } = c;
  await widget.getByLabel(ui.sector).selectOption(input.employer.sector);
  await widget.getByLabel(ui.agreement).selectOption(input.employer.afaAgreement);
  await widget.getByLabel(ui.group).selectOption(input.employee.group);
  const approved = widget.getByLabel(ui.approved);
  if ((await approved.count()) > 0) await approved.setChecked(input.provider.fkApproved);
  const medarbetaravtal = widget.getByLabel(ui.medarbetaravtal);
  if (input.employer.medarbetaravtal !== undefined) {
    await medarbetaravtal.selectOption(input.employer.medarbetaravtal ? 'ja' : 'nej');
  }

  for (const [i, insats] of input.insatser.entries()) {
    if (i > 0) {
      await widget.getByRole('button', { name: ui.add }).click();
      // The new row takes the focus, so a keyboard user carries on where they are.
      await expect(insatsRow(widget, i).getByLabel(ui.row.category)).toBeFocused();
    }
    await fillInsats(insatsRow(widget, i), insats, ui.row);
  }
  await expect(widget.locator('[data-insats-index]')).toHaveCount(input.insatser.length);
  const deductsVat = widget.getByLabel(ui.deductsVat);
  if (input.insatser.some((i) => i.vat)) {
    // Asked once some VAT is entered, and yes until the employer says otherwise.
    await expect(deductsVat).toBeChecked();
    await deductsVat.setChecked(input.employer.deductsVat ?? true);
  } else {
    await expect(deductsVat).toHaveCount(0);
  }

  const { totals } = expected;
  await expect(widget.getByRole('status').filter({ hasText: ui.statusStart })).toHaveText(
    ui.status(totals.fk, totals.afa, totals.employer),
  );
  await expect(widget.locator('[data-total="fk"]')).toHaveText(kr(totals.fk));
  await expect(widget.locator('[data-total="afa"]')).toHaveText(kr(totals.afa));
  await expect(widget.locator('[data-total="employer"]')).toHaveText(kr(totals.employer));
  await expect(widget.locator('[data-total="cost"]')).toHaveText(kr(totals.cost));

  await expect(widget.locator('[data-line]')).toHaveCount(expected.lines.length);
  for (const [i, line] of expected.lines.entries()) {
    const insats = input.insatser.find((x) => x.id === line.id)!;
    // What the employer bore: the VAT counts only when it cannot be deducted.
    const cost = insats.cost + (input.employer.deductsVat === false ? (insats.vat ?? 0) : 0);
    const shown = widget.locator(`[data-line="${i}"]`);
    await expect(shown.locator('[data-amount="fk"]')).toHaveText(amountThenAnswer(line.fk));
    await expect(shown.locator('[data-amount="afa"]')).toHaveText(amountThenAnswer(line.afa));
    await expect(shown.locator('[data-amount="employer"]')).toHaveText(
      kr(cost - line.fk - line.afa),
    );
    // The VAT assumption stands beside a line with VAT, and only there.
    await expect(shown.locator('[data-vat-note]')).toHaveCount(insats.vat ? 1 : 0);
    // Everything is known (approved provider, agreement, group): every answer is a plain yes or no.
    await expect(shown.locator('[data-amount="fk"] [data-answer]')).toHaveAttribute(
      'data-answer',
      line.fk > 0 ? 'ja' : 'nej',
    );
    await expect(shown.locator('[data-amount="afa"] [data-answer]')).toHaveAttribute(
      'data-answer',
      line.afa > 0 ? 'ja' : 'nej',
    );
  }

  await expect(widget.locator('[data-deadline]')).toHaveCount(expected.deadlines.length);
  for (const d of expected.deadlines) {
    const time = widget.locator(`[data-deadline="${d.payer}"] time`);
    await expect(time).toHaveAttribute('datetime', d.date);
    await expect(time).toHaveText(longDate(d.date, ui.lang));
  }
  if (!expected.deadlines.some((d) => d.payer === 'afa') && expected.totals.afa > 0) {
    await expect(widget.getByText(ui.noAfaDeadline)).toBeVisible();
  }

  // What the integrator's script reads agrees with what the employer sees.
  const estimate = (await widget.evaluate((el) => (el as WidgetElement).estimate))!;
  expect(estimate.asOf).toBe(input.asOf);
  expect(estimate.totals).toEqual(totals);
  expect(estimate.lines.map((l) => [l.fk, l.afa])).toEqual(
    expected.lines.map((l) => [l.fk, l.afa]),
  );
  expect(estimate.deadlines.map((d) => `${d.payer} ${d.date}`).sort()).toEqual(
    expected.deadlines.map((d) => `${d.payer} ${d.date}`).sort(),
  );
}

test('Anna: investigation by FK, psychologist talks by Afa (municipality, Swedish widget)', async ({
  page,
}) => {
  const anna = goldenCase('anna');
  await page.clock.setFixedTime(new Date(`${anna.input.asOf}T12:00:00`));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  await enterAndCheck(page.locator('#kalkyl-sv'), anna, SV);
});

test('Kim: investigation by FK, addiction treatment by Afa (private employer, English widget)', async ({
  page,
}) => {
  const kim = goldenCase('kim');
  await page.clock.setFixedTime(new Date(`${kim.input.asOf}T12:00:00`));
  await page.goto('/fhv/');
  await widgetsReady(page, 2);
  // This widget's page does not say whether the provider is approved: the employer ticks it.
  await enterAndCheck(page.locator('#kalkyl-en'), kim, EN);
});

test('Lena: stress course paid half by FK and half by Afa (region, page with hostile CSS)', async ({
  page,
}) => {
  const lena = goldenCase('lena');
  await page.clock.setFixedTime(new Date(`${lena.input.asOf}T12:00:00`));
  await page.goto('/fhv/hostile.html');
  await widgetsReady(page, 1);
  await enterAndCheck(page.locator('stodkollen-kalkyl'), lena, SV);
});

for (const name of ['medarbetaravtal-tjansteman', 'vat-not-deductible', 'vat-deducted']) {
  test(`${name}: a private employer answers the medarbetaravtal and VAT questions (Swedish widget)`, async ({
    page,
  }) => {
    const c = goldenCase(name);
    await page.clock.setFixedTime(new Date(`${c.input.asOf}T12:00:00`));
    await page.goto('/fhv/');
    await widgetsReady(page, 2);
    await enterAndCheck(page.locator('#kalkyl-sv'), c, SV);
  });
}
