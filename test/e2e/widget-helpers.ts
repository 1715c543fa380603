/**
 * Shared helpers for the widget's end-to-end tests: the golden cases, kronor as the widget shows
 * them, waiting for the widgets on a page, and filling in one insats row through the labelled form.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const TAG = 'stodkollen-kalkyl';
/** The classic script, for pages that cannot use a module script (it imports the main module). */
export const WIDGET_SCRIPT = '/widget/stodkollen-widget.js';
/** The main module, as the README's snippet loads it (`<script type="module">`). */
export const WIDGET_MODULE = '/widget/stodkollen-kalkyl.js';

/** What a <stodkollen-kalkyl> offers to the page's scripts (see widget/src/element.tsx). */
export interface WidgetElement extends HTMLElement {
  readonly ready: boolean;
  readonly estimate: {
    lang: string;
    asOf: string;
    totals: { cost: number; fk: number; afa: number; employer: number };
    lines: { category: string; cost: number; fk: number; afa: number; employer: number }[];
    deadlines: { payer: 'fk' | 'afa'; date: string; passed: boolean }[];
  } | null;
  offers: { category: string; price?: number; label?: string }[];
  reset(): void;
}

export interface GoldenInsats {
  id: string;
  category: string;
  startedOn: string;
  performedOn: string;
  cost: number;
  vat?: number;
}

export interface GoldenCase {
  name: string;
  input: {
    asOf: string;
    employer: {
      sector: string;
      afaAgreement: string;
      medarbetaravtal?: boolean;
      deductsVat?: boolean;
    };
    employee: { group: string };
    provider: { fkApproved: boolean };
    insatser: GoldenInsats[];
  };
  expected: {
    lines: { id: string; fk: number; afa: number }[];
    totals: { cost: number; fk: number; afa: number; employer: number };
    deadlines: { payer: 'fk' | 'afa'; date: string }[];
  };
}

let golden: GoldenCase[] | undefined;

/** A case from ../shared/domain/golden-cases.json, read at test time like the rest of the suite. */
export function goldenCase(name: string): GoldenCase {
  golden ??= (
    JSON.parse(readFileSync(resolve('../shared/domain/golden-cases.json'), 'utf8')) as {
      cases: GoldenCase[];
    }
  ).cases;
  const found = golden.find((c) => c.name === name);
  if (!found) throw new Error(`golden case ${name} is missing`);
  return found;
}

/** `12 345 kr` with no-break spaces, the way the widget writes whole kronor (sv-SE). */
export function kr(amount: number): string {
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${amount < 0 ? '\u2212' : ''}${digits}\u00a0kr`;
}

/** Turns no-break and narrow no-break spaces into plain spaces, for comparing copied text. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Waits until every <stodkollen-kalkyl> on the page (at least `count`) has rendered its form. */
export async function widgetsReady(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    ([tag, n]) => {
      const all = [...document.querySelectorAll(tag as string)] as WidgetElement[];
      return all.length >= (n as number) && all.every((el) => el.ready === true);
    },
    [TAG, count] as const,
  );
}

/** The fieldset of insats row `index` (0-based) inside a widget. */
export function insatsRow(widget: Locator, index: number): Locator {
  return widget.locator(`[data-insats-index="${index}"]`);
}

export interface RowLabels {
  category: string;
  startedOn: string;
  performedOn: string;
  cost: string;
  vatSummary: string;
  vat: string;
}

export const SV_ROW: RowLabels = {
  category: 'Kategori',
  startedOn: 'Startdatum',
  performedOn: 'Slutdatum (genomförd)',
  cost: 'Kostnad i kronor',
  vatSummary: 'Moms?',
  vat: 'Moms i kronor',
};

export const EN_ROW: RowLabels = {
  category: 'Category',
  startedOn: 'Start date',
  performedOn: 'End date (carried out)',
  cost: 'Cost in kronor',
  vatSummary: 'VAT?',
  vat: 'VAT in kronor',
};

/** Fills one insats row as an employer would: category, start, end, cost. */
export async function fillInsats(
  row: Locator,
  insats: Omit<GoldenInsats, 'id'>,
  labels: RowLabels = SV_ROW,
): Promise<void> {
  await row.getByLabel(labels.category).selectOption(insats.category);
  await row.getByLabel(labels.startedOn).fill(insats.startedOn);
  await row.getByLabel(labels.performedOn).fill(insats.performedOn);
  await row.getByLabel(labels.cost, { exact: true }).fill(String(insats.cost));
  if (insats.vat) {
    // The VAT sits behind a small disclosure: most insatser have none.
    await row.getByText(labels.vatSummary, { exact: true }).click();
    await row.getByLabel(labels.vat, { exact: true }).fill(String(insats.vat));
  }
  await expect(row.getByLabel(labels.performedOn)).toHaveValue(insats.performedOn);
}

/** A page's `console` warnings and errors and uncaught errors, collected from now on. */
export function collectProblems(page: Page): { warnings: string[]; errors: string[] } {
  const problems = { warnings: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'warning') problems.warnings.push(message.text());
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  return problems;
}
