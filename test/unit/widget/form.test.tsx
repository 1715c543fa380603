// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../core/i18n/format.ts';
import { AGREEMENT_LABELS, GROUP_LABELS, SECTOR_LABELS } from '../../../core/i18n/labels.ts';
import { FIELD_NAMES } from '../../../core/i18n/messages.ts';
import { CATEGORIES, type CategoryId } from '../../../core/rules/categories.ts';
import {
  choose,
  describedBy,
  insats,
  lineAmount,
  norm,
  openDisclosure,
  renderApp,
  resultStatus,
  statusNow,
  total,
  typeInto,
  type WithValue,
} from './render.tsx';

afterEach(() => {
  cleanup();
});

const insatsCount = (container: HTMLElement) =>
  container.querySelectorAll('[data-insats-index]').length;

describe('field errors', () => {
  it('are not shown for an untouched empty cost, and shown once the user leaves it', () => {
    const { container } = renderApp();
    const cost = insats(container, 0).getByLabelText('Kostnad i kronor');
    expect(cost.getAttribute('aria-invalid')).toBeNull();
    // Only the hint describes it, no error.
    const before = describedBy(cost);
    expect(before.length).toBeLessThanOrEqual(1);
    expect(container.querySelector('[part~="error"]')).toBeNull();

    fireEvent.blur(cost);
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    // Now an error describes it too: the cost is needed, in kronor.
    const after = describedBy(cost);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatch(/belopp|saknas/i);
  });

  it.each([
    ['-5', /negativt/],
    ['abc', /som ett tal/],
    ['100,555', /decimaler/],
  ])('show for a typed cost "%s" right away, linked to the field', (text, message) => {
    const { container } = renderApp();
    const cost = insats(container, 0).getByLabelText('Kostnad i kronor');
    typeInto(cost, text);
    expect(cost.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(cost).some((d) => message.test(d))).toBe(true);
    expect(container.querySelector('[data-total]')).toBeNull();

    typeInto(cost, '1 000');
    expect(cost.getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(cost).some((d) => message.test(d))).toBe(false);
    expect(total(container, 'cost')).toBe('1 000 kr');
  });

  it('are in English on an English page', () => {
    const { container } = renderApp({ lang: 'en' });
    const cost = insats(container, 0).getByLabelText('Cost in kronor');
    typeInto(cost, '-5');
    expect(describedBy(cost).some((d) => /cannot be negative/.test(d))).toBe(true);
  });

  it('point at the start date when it is after the end date', () => {
    const { container } = renderApp({ categories: 'utredning:8000' });
    const row = insats(container, 0);
    const start = row.getByLabelText('Startdatum');
    const end = row.getByLabelText('Slutdatum (genomförd)');
    typeInto(end, '2025-03-01');
    typeInto(start, '2025-03-10');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(start).some((d) => /påbörjats/.test(d))).toBe(true);
    expect(end.getAttribute('aria-invalid')).toBeNull();
    expect(container.querySelector('[data-total]')).toBeNull();

    typeInto(end, '2025-03-12');
    expect(start.getAttribute('aria-invalid')).toBeNull();
    expect(total(container, 'cost')).toBe('8 000 kr');
  });

  it('mark a wrong "already received" amount', () => {
    const { container } = renderApp({ categories: 'utredning:8000' }, '2025-06-01');
    openDisclosure(container, /^Har ni redan fått bidrag/);
    const field = screen.getByLabelText(/För den här medarbetaren 2025/);
    typeInto(field, '-100');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field).some((d) => /negativt/.test(d))).toBe(true);
    expect(container.querySelector('[data-total]')).toBeNull();
  });

  it('make the status say to correct the marked details, not to fill them in', async () => {
    const { container } = renderApp();
    const incomplete = await resultStatus(container);
    expect(incomplete).not.toBe('');
    typeInto(insats(container, 0).getByLabelText('Kostnad i kronor'), '-5');
    const invalid = await resultStatus(container);
    expect(invalid).not.toBe('');
    // "Fill in the details above" is wrong advice once a typed value is wrong.
    expect(invalid).not.toBe(incomplete);
  });
});

describe('insatser in the form', () => {
  it('"Lägg till insats" adds a row and moves focus to its category', () => {
    const { container } = renderApp();
    expect(insatsCount(container)).toBe(1);
    expect(screen.queryByRole('button', { name: /Ta bort insats/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    expect(insatsCount(container)).toBe(2);
    const category = insats(container, 1).getByLabelText('Kategori');
    expect(document.activeElement).toBe(category);
    expect(screen.getByText('Insats 2')).toBeTruthy();
  });

  it('removes a row, never the last one, and puts focus back on the add button', () => {
    const { container } = renderApp();
    const add = screen.getByRole('button', { name: 'Lägg till insats' });
    fireEvent.click(add);
    typeInto(insats(container, 1).getByLabelText('Kostnad i kronor'), '4 000');
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort insats 1' }));
    expect(insatsCount(container)).toBe(1);
    // The second row is now the first and keeps its cost.
    expect(insats(container, 0).getByLabelText<HTMLInputElement>('Kostnad i kronor').value).toBe(
      '4 000',
    );
    expect(document.activeElement).toBe(add);
    expect(screen.queryByRole('button', { name: /Ta bort insats/ })).toBeNull();
  });

  it("fills the provider's price when its service is chosen, but keeps a typed price", () => {
    const { container } = renderApp({ categories: 'utredning:8000, stodsamtal:1 200' });
    const row = insats(container, 0);
    const cost = row.getByLabelText<HTMLInputElement>('Kostnad i kronor');
    const category = row.getByLabelText<WithValue>('Kategori');
    expect(category.value).toBe('utredning');
    expect(cost.value).toBe('8000');
    choose(category, 'stodsamtal');
    expect(cost.value).toBe('1200');
    typeInto(cost, '950');
    choose(category, 'utredning');
    expect(cost.value).toBe('950');
  });

  it("lists the provider's own services first", () => {
    const { container } = renderApp({ categories: 'stresshantering, stodsamtal' });
    const options = [
      ...insats(container, 0).getByLabelText<WithValue>('Kategori').querySelectorAll('option'),
    ].map((o) => o.value);
    expect(options.slice(0, 2)).toEqual(['stresshantering', 'stodsamtal']);
    expect(options).toContain('utredning');
    expect(new Set(options).size).toBe(options.length);
  });
});

describe('the employer fields', () => {
  it("name sectors, agreements, groups, categories and the category field in core's words, in Swedish and English", () => {
    for (const lang of ['sv', 'en'] as const) {
      const { container } = renderApp({ lang });
      const options = (id: string) =>
        [...container.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((o) => [
          o.value,
          o.textContent,
        ]);
      const expected = (labels: Record<string, Bilingual>) =>
        Object.entries(labels).map(([value, label]) => [value, label[lang]]);
      expect(options('sk-sector')).toEqual(expected(SECTOR_LABELS));
      expect(options('sk-agreement')).toEqual(expected(AGREEMENT_LABELS));
      expect(options('sk-group')).toEqual(expected(GROUP_LABELS));
      const categories = container.querySelectorAll<HTMLOptionElement>('[name="category"] option');
      expect([...categories].map((o) => [o.value, o.textContent])).toEqual(
        expected(CATEGORIES).map(([id]) => [id, CATEGORIES[id as CategoryId][lang]]),
      );
      // The category is named as the dashboard names it, never with FK's word for the kinds.
      const categoryLabel = container.querySelector('label[for$="-category"]')?.textContent;
      expect(categoryLabel).toBe(FIELD_NAMES.category[lang]);
      expect(categoryLabel).not.toBe(FIELD_NAMES.kinds[lang]);
      expect(categoryLabel).not.toMatch(/typ av insats|kind of insats/i);
      cleanup();
    }
  });

  it('the Afa agreement follows the sector until the user picks one', () => {
    renderApp();
    const sector = screen.getByLabelText<WithValue>('Sektor');
    const agreement = screen.getByLabelText<WithValue>(
      'Kollektivavtalad sjukförsäkring hos Afa Försäkring',
    );
    expect(agreement.value).toBe('AGS');
    choose(sector, 'kommun');
    expect(agreement.value).toBe('AGS-KL');
    choose(sector, 'stat');
    expect(agreement.value).toBe('none');
    choose(agreement, 'AGS');
    choose(sector, 'region');
    expect(agreement.value).toBe('AGS');
  });

  it('grants already received this year reduce what FK pays', () => {
    const { container } = renderApp({ 'fk-approved': 'ja' }, '2025-06-01');
    const row = insats(container, 0);
    typeInto(row.getByLabelText('Startdatum'), '2025-03-01');
    typeInto(row.getByLabelText('Kostnad i kronor'), '10000');
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '5 000 kr', answer: 'ja' });

    openDisclosure(container, /^Har ni redan fått bidrag/);
    typeInto(screen.getByLabelText(/För den här medarbetaren 2025/), '18 000');
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '2 000 kr', answer: 'ja' });
    expect(total(container, 'employer')).toBe('8 000 kr');

    typeInto(screen.getByLabelText(/För den här medarbetaren 2025/), '20 000');
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '0 kr', answer: 'nej' });
    expect(total(container, 'employer')).toBe('10 000 kr');
  });
});

describe('grants already received, per year the insatser touch', () => {
  it('counts 15 000 kr received in 2025 against a stödsamtal carried out in November 2025, on 2026-01-15', () => {
    const { container } = renderApp({ 'fk-approved': 'ja' }, '2026-01-15');
    const row = insats(container, 0);
    choose(row.getByLabelText('Kategori'), 'stodsamtal');
    typeInto(row.getByLabelText('Startdatum'), '2025-11-03');
    typeInto(row.getByLabelText('Slutdatum (genomförd)'), '2025-11-28');
    typeInto(row.getByLabelText('Kostnad i kronor'), '40000');
    // FK-CAP-EMPLOYEE: 20 000 kr for 2025, nothing received yet.
    expect(lineAmount(container, 0, 'fk').amount).toBe('20 000 kr');

    // The question names the insats' year, not the year of today's date.
    openDisclosure(container, /^Har ni redan fått bidrag/);
    expect(screen.queryByLabelText(/För den här medarbetaren 2026/)).toBeNull();
    typeInto(screen.getByLabelText(/För den här medarbetaren 2025/), '15000');
    expect(lineAmount(container, 0, 'fk').amount).toBe('5 000 kr');
    expect(total(container, 'fk')).toBe('5 000 kr');
    expect(total(container, 'employer')).toBe('35 000 kr');
  });

  it('asks for each year once insatser are carried out in two years', () => {
    const { container, model } = renderApp({ 'fk-approved': 'ja' }, '2026-01-15');
    const first = insats(container, 0);
    typeInto(first.getByLabelText('Startdatum'), '2025-12-01');
    typeInto(first.getByLabelText('Kostnad i kronor'), '8000');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    const second = insats(container, 1);
    typeInto(second.getByLabelText('Startdatum'), '2026-01-12');
    typeInto(second.getByLabelText('Kostnad i kronor'), '8000');
    expect(
      screen.getByText('Har ni redan fått bidrag från Försäkringskassan för 2025 och 2026?'),
    ).toBeTruthy();
    openDisclosure(container, /^Har ni redan fått bidrag/);
    typeInto(screen.getByLabelText(/För hela arbetsgivaren 2025/), '198000');
    typeInto(screen.getByLabelText(/För den här medarbetaren 2026/), '1000');
    // FK-CAP-EMPLOYER leaves 2 000 kr in 2025; 2026 has its own caps.
    expect(lineAmount(container, 0, 'fk').amount).toBe('2 000 kr');
    expect(lineAmount(container, 1, 'fk').amount).toBe('4 000 kr');
    expect(model.savedScenario()?.priorFkGrants).toEqual({
      '2025': { employee: 0, employer: 198000 },
      '2026': { employee: 1000, employer: 0 },
    });
  });
});

describe('VAT', () => {
  it('is asked per insats behind "Moms?", and the deduct question only once some VAT is entered', () => {
    const { container } = renderApp({ 'fk-approved': 'ja', group: 'arbetare' }, '2026-06-01');
    const row = insats(container, 0);
    choose(row.getByLabelText('Kategori'), 'anpassning');
    typeInto(row.getByLabelText('Startdatum'), '2026-04-06');
    typeInto(row.getByLabelText('Slutdatum (genomförd)'), '2026-04-20');
    typeInto(row.getByLabelText('Kostnad i kronor'), '16000');
    expect(screen.queryByLabelText('Vi kan dra av momsen')).toBeNull();
    const summary = container.querySelector('[data-insats-index="0"] details.vat summary')!;
    expect(norm(summary.textContent)).toBe('Moms?');

    openDisclosure(container.querySelector<HTMLElement>('[data-insats-index="0"]')!, 'Moms?');
    typeInto(row.getByLabelText('Moms i kronor'), '4000');
    const deducts = screen.getByLabelText<HTMLInputElement>('Vi kan dra av momsen');
    // Default yes: the VAT is no cost to the employer and counts nowhere.
    expect(deducts.checked).toBe(true);
    expect(total(container, 'fk')).toBe('8 000 kr');
    expect(total(container, 'cost')).toBe('16 000 kr');
    expect(norm(container.querySelector('[data-vat-note="0"]')?.textContent)).toMatch(
      /Momsen 4 000 kr räknas inte.*antagande/,
    );

    // vat-not-deductible: FK's half of the cost with VAT.
    fireEvent.click(deducts);
    expect(total(container, 'fk')).toBe('10 000 kr');
    expect(total(container, 'cost')).toBe('20 000 kr');
    expect(total(container, 'employer')).toBe('10 000 kr');
    expect(norm(container.querySelector('[data-vat-note="totals"]')?.textContent)).toMatch(
      /innehåller momsen.*antagande/,
    );

    // No VAT left: the question goes, and a hidden "no" changes nothing.
    typeInto(row.getByLabelText('Moms i kronor'), '');
    expect(screen.queryByLabelText('Vi kan dra av momsen')).toBeNull();
    expect(total(container, 'cost')).toBe('16 000 kr');
    expect(container.querySelector('[data-vat-note]')).toBeNull();
  });

  it('marks a wrong VAT at its field', () => {
    const { container } = renderApp({}, '2026-06-01');
    const row = insats(container, 0);
    openDisclosure(container.querySelector<HTMLElement>('[data-insats-index="0"]')!, 'Moms?');
    const vat = row.getByLabelText('Moms i kronor');
    typeInto(vat, '-10');
    expect(vat.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(vat).some((d) => /negativt/.test(d))).toBe(true);
  });
});

describe('the status line', () => {
  it('announces once the user pauses typing, not on every keystroke', async () => {
    const { container } = renderApp({ 'fk-approved': 'ja' }, '2026-06-01');
    const status = container.querySelector('[role="status"]')!;
    const before = statusNow(container);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(norm(status.textContent))).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    const cost = insats(container, 0).getByLabelText('Kostnad i kronor');
    for (const text of ['1', '12', '120', '1200', '12000']) typeInto(cost, text);
    // The totals follow at once; the live region waits for the pause.
    expect(total(container, 'fk')).toBe('6 000 kr');
    expect(statusNow(container)).toBe(before);
    const after = await resultStatus(container);
    expect(after).toContain('6 000 kr');
    expect(new Set(changes)).toEqual(new Set([after]));
  });
});

describe('the date entry', () => {
  it('is one text field with the Swedish format as its hint, and takes 20260310 and 10/3 2026', () => {
    const { container } = renderApp(
      { 'fk-approved': 'ja', categories: 'utredning:3000' },
      '2026-06-01',
    );
    const row = insats(container, 0);
    const start = row.getByLabelText('Startdatum');
    expect(start.getAttribute('type')).toBe('text');
    expect(describedBy(start)[0]).toMatch(/^ÅÅÅÅ-MM-DD/);
    typeInto(start, '20260310');
    // A one-day insats: the end follows the start.
    expect(row.getByLabelText<WithValue>('Slutdatum (genomförd)').value).toBe('2026-03-10');
    fireEvent.blur(start);
    expect((start as WithValue).value).toBe('2026-03-10');
    const end = row.getByLabelText('Slutdatum (genomförd)');
    typeInto(end, '10/4 2026');
    fireEvent.blur(end);
    expect((end as WithValue).value).toBe('2026-04-10');
    expect(norm(container.querySelector('[data-line="0"] .line-title')?.textContent)).toContain(
      '10 mars 2026 – 10 april 2026',
    );
  });

  it('says nothing while a date is half typed, and names the mistake once it is left', () => {
    const { container } = renderApp({}, '2026-06-01');
    const start = insats(container, 0).getByLabelText('Startdatum');
    typeInto(start, '2026-0');
    expect(start.getAttribute('aria-invalid')).toBeNull();
    // Half-typed, the end date is left alone.
    expect(insats(container, 0).getByLabelText<WithValue>('Slutdatum (genomförd)').value).toBe(
      '2026-06-01',
    );
    fireEvent.blur(start);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    typeInto(start, '2026-02-30');
    expect(describedBy(start).some((d) => /datum/i.test(d))).toBe(true);
  });
});
