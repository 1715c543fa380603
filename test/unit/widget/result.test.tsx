// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateLong, formatKronor } from '../../../core/i18n/format.ts';
import { fkDeadline } from '../../../core/rules/coverage.ts';
import { FK_DEADLINE, FK_EMPLOYEE_CAP, FK_EMPLOYER_CAP } from '../../../core/rules/parameters.ts';
import {
  choose,
  deadline,
  insats,
  lineAmount,
  norm,
  renderApp,
  resultStatus,
  total,
  typeInto,
  type WithValue,
} from './render.tsx';

afterEach(() => {
  cleanup();
});

describe('the result for the golden cases, entered through the form', () => {
  it('Anna: FK pays the investigation, Afa the treatment talks', async () => {
    const { container } = renderApp({}, '2023-06-15');
    expect(container.querySelector('[data-total]')).toBeNull();

    choose(screen.getByLabelText('Sektor'), 'kommun');
    const approved = screen.getByLabelText<HTMLInputElement>(
      'Anordnaren är godkänd av Försäkringskassan',
    );
    expect(approved.checked).toBe(false);
    fireEvent.click(approved);
    expect(approved.checked).toBe(true);

    const first = insats(container, 0);
    choose(first.getByLabelText('Kategori'), 'utredning');
    typeInto(first.getByLabelText('Startdatum'), '2023-03-06');
    typeInto(first.getByLabelText('Slutdatum (genomförd)'), '2023-03-06');
    typeInto(first.getByLabelText('Kostnad i kronor'), '3000');

    fireEvent.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    const second = insats(container, 1);
    choose(second.getByLabelText('Kategori'), 'psykologbehandling');
    typeInto(second.getByLabelText('Startdatum'), '2023-03-20');
    typeInto(second.getByLabelText('Slutdatum (genomförd)'), '2023-05-29');
    typeInto(second.getByLabelText('Kostnad i kronor'), '12 000');

    expect(total(container, 'fk')).toBe('1 500 kr');
    expect(total(container, 'afa')).toBe('6 000 kr');
    expect(total(container, 'employer')).toBe('7 500 kr');
    expect(total(container, 'cost')).toBe('15 000 kr');

    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '1 500 kr', answer: 'ja' });
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '0 kr', answer: 'nej' });
    expect(lineAmount(container, 0, 'employer').amount).toBe('1 500 kr');
    expect(lineAmount(container, 1, 'fk')).toEqual({ amount: '0 kr', answer: 'nej' });
    expect(lineAmount(container, 1, 'afa')).toEqual({ amount: '6 000 kr', answer: 'ja' });
    expect(lineAmount(container, 1, 'employer').amount).toBe('6 000 kr');
    // The answers are shown in words, in Swedish.
    const answers = [...container.querySelectorAll('[data-line="0"] [data-answer]')];
    expect(answers.map((a) => norm(a.textContent))).toEqual(['ja', 'nej']);

    expect(deadline(container, 'fk')).toEqual({ date: '2024-02-01', text: '1 februari 2024' });
    expect(deadline(container, 'afa')).toEqual({ date: '2023-09-20', text: '20 september 2023' });

    const status = await resultStatus(container);
    expect(status).toContain('1 500 kr');
    expect(status).toContain('6 000 kr');
    expect(status).toContain('7 500 kr');
  });

  it('Lena in English: FK and Afa each pay half of the stress course', async () => {
    const { container } = renderApp({ lang: 'en' }, '2023-11-01');
    choose(screen.getByLabelText('Sector'), 'region');
    fireEvent.click(screen.getByLabelText('The provider is approved by Försäkringskassan'));
    const first = insats(container, 0);
    choose(first.getByLabelText('Category'), 'stresshantering');
    typeInto(first.getByLabelText('Start date'), '2023-09-04');
    typeInto(first.getByLabelText('End date (carried out)'), '2023-09-29');
    typeInto(first.getByLabelText('Cost in kronor'), '18000');

    expect(total(container, 'fk')).toBe('9 000 kr');
    expect(total(container, 'afa')).toBe('9 000 kr');
    expect(total(container, 'employer')).toBe('0 kr');
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '9 000 kr', answer: 'ja' });
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '9 000 kr', answer: 'ja' });

    const answers = [...container.querySelectorAll('[data-line="0"] [data-answer]')];
    expect(answers.map((a) => norm(a.textContent))).toEqual(['yes', 'yes']);
    expect(screen.getByText('How the cost is split')).toBeTruthy();
    expect(screen.queryByText('Så fördelas kostnaden')).toBeNull();
    expect(await resultStatus(container)).toMatch(/pays/);
    expect(deadline(container, 'fk')).toEqual({ date: '2024-02-01', text: '1 February 2024' });
    expect(deadline(container, 'afa')).toEqual({ date: '2024-03-04', text: '4 March 2024' });
    // No Swedish answer words on an English page.
    expect(norm(container.querySelector('[data-line="0"]')?.textContent)).not.toMatch(/\bja\b/);
  });
});

describe('answers the employer should check', () => {
  it('a provider not known to be FK-approved gives FK "kanske" and asks about the approval', () => {
    const { container } = renderApp({}, '2025-06-01');
    const approved = screen.getByLabelText<HTMLInputElement>(
      'Anordnaren är godkänd av Försäkringskassan',
    );
    expect(approved.checked).toBe(false);
    const first = insats(container, 0);
    typeInto(first.getByLabelText('Startdatum'), '2025-03-01');
    typeInto(first.getByLabelText('Kostnad i kronor'), '10000');

    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '0 kr', answer: 'kanske' });
    expect(norm(container.querySelector('[data-line="0"] [data-answer]')?.textContent)).toBe(
      'kanske',
    );
    const line = within(container.querySelector<HTMLElement>('[data-line="0"]')!);
    // The hint is a question about the approval (the reason, a statement, says it too).
    expect(line.getByText(/godkänd.*Försäkringskassan.*\?$/)).toBeTruthy();

    fireEvent.click(approved);
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '5 000 kr', answer: 'ja' });
    expect(line.queryByText(/godkänd.*Försäkringskassan.*\?$/)).toBeNull();
  });

  it('the page saying the provider is approved hides the question and FK pays', () => {
    const { container } = renderApp({ 'fk-approved': 'ja' }, '2025-06-01');
    expect(screen.queryByLabelText('Anordnaren är godkänd av Försäkringskassan')).toBeNull();
    const first = insats(container, 0);
    typeInto(first.getByLabelText('Startdatum'), '2025-03-01');
    typeInto(first.getByLabelText('Kostnad i kronor'), '10000');
    expect(lineAmount(container, 0, 'fk')).toEqual({ amount: '5 000 kr', answer: 'ja' });
  });

  it('a salaried employee of a private company with AGS gives Afa "kanske" until the medarbetaravtal is answered', () => {
    const { container } = renderApp({ 'fk-approved': 'ja' }, '2025-06-01');
    expect(screen.getByLabelText<WithValue>('Sektor').value).toBe('privat');
    expect(
      screen.getByLabelText<WithValue>('Kollektivavtalad sjukförsäkring hos Afa Försäkring').value,
    ).toBe('AGS');
    expect(screen.getByLabelText<WithValue>('Medarbetaren är').value).toBe('tjansteman');
    const first = insats(container, 0);
    choose(first.getByLabelText('Kategori'), 'psykologbehandling');
    typeInto(first.getByLabelText('Startdatum'), '2025-03-01');
    typeInto(first.getByLabelText('Slutdatum (genomförd)'), '2025-05-05');
    typeInto(first.getByLabelText('Kostnad i kronor'), '12000');

    const question = screen.getByLabelText<WithValue>('Har företaget ett medarbetaravtal?');
    expect(question.value).toBe('');
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '0 kr', answer: 'kanske' });
    const line = within(container.querySelector<HTMLElement>('[data-line="0"]')!);
    expect(line.getByText(/medarbetaravtal.*\?$/)).toBeTruthy();

    // AFA-WHO: with a medarbetaravtal the salaried employee is covered.
    choose(question, 'ja');
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '6 000 kr', answer: 'ja' });
    expect(line.queryByText(/medarbetaravtal.*\?$/)).toBeNull();
    choose(question, 'nej');
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '0 kr', answer: 'nej' });

    // A worker (arbetare) in the same company is covered, and the question is not asked.
    choose(screen.getByLabelText('Medarbetaren är'), 'arbetare');
    expect(screen.queryByLabelText('Har företaget ett medarbetaravtal?')).toBeNull();
    expect(lineAmount(container, 0, 'afa')).toEqual({ amount: '6 000 kr', answer: 'ja' });
  });

  it('asks about a medarbetaravtal only of a private employer with AGS', () => {
    renderApp({ 'fk-approved': 'ja', sector: 'kommun', group: 'tjansteman' });
    expect(screen.queryByLabelText('Har företaget ett medarbetaravtal?')).toBeNull();
    choose(screen.getByLabelText('Sektor'), 'privat');
    expect(screen.getByLabelText('Har företaget ett medarbetaravtal?')).toBeTruthy();
    choose(screen.getByLabelText('Kollektivavtalad sjukförsäkring hos Afa Försäkring'), 'none');
    expect(screen.queryByLabelText('Har företaget ett medarbetaravtal?')).toBeNull();
  });
});

describe('"Så räknar vi"', () => {
  it('lists the caps from the rule table with their periods', async () => {
    renderApp();
    const summary = screen.getByText('Så räknar vi');
    const details = summary.closest('details')!;
    fireEvent.click(summary);
    if (!details.open) {
      // happy-dom may not toggle <details> on a click on its summary: open it as a browser would.
      details.open = true;
      fireEvent(details, new Event('toggle'));
    }
    // The table comes from its own file, loaded on the first opening.
    await waitFor(() => expect(details.querySelector('tbody tr')).not.toBeNull());
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => norm(cell.textContent)),
    );
    const capRows = [...FK_EMPLOYEE_CAP.rows, ...FK_EMPLOYER_CAP.rows];
    expect(capRows.length).toBeGreaterThanOrEqual(3);
    for (const row of capRows) {
      // The value column: the amount, then its unit.
      const value = norm(formatKronor(row.value));
      const match = rows.filter((cells) => cells[1]?.startsWith(`${value} `));
      expect(match, `one row for ${value}`).toHaveLength(1);
      const period = match[0]![2];
      if (row.from) expect(period).toContain(norm(formatDateLong(row.from, 'sv')));
      if (row.to) expect(period).toContain(norm(formatDateLong(row.to, 'sv')));
    }
    // FK's deadline is the parameter's day and month, and the rule id stands beside it.
    const deadline = rows.find((cells) => cells[0] === 'FK-DEADLINE');
    const { day, month } = FK_DEADLINE.rows[0]!.value;
    const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti'];
    expect(deadline?.[1]).toMatch(new RegExp(`^${day} ${months[month - 1]} `));
    // Sources are named, not seed numbers.
    expect(rows.map((cells) => cells[3]).join(' ')).not.toMatch(/seed/);
    // AFA-VAT with Afa's page for providers, and the VAT assumption said to be one.
    const afaVat = rows.find((cells) => cells[0] === 'AFA-VAT');
    expect(afaVat?.[1]).toMatch(/utan moms/);
    expect(afaVat?.[2]).toMatch(/Afa Försäkring, Behandlande företag/);
    const assumption = rows.find((cells) => cells[0] === 'Moms');
    expect(assumption?.[1]).toMatch(/^Antagande: .*Ingen aktuell källa från Försäkringskassan/);
  });
});

describe('page settings in the form', () => {
  it('uses the heading level and names the provider', () => {
    renderApp({ 'heading-level': '3', 'provider-name': 'Hälsan AB' });
    const title = screen.getByRole('heading', { level: 3, name: /rehabiliteringen/ });
    expect(title).toBeTruthy();
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);
    expect(screen.getByText(/Hälsan AB/)).toBeTruthy();
  });
});

describe('the result as read', () => {
  const filled = (attrs: Record<string, string> = {}) => {
    const view = renderApp({ 'fk-approved': 'ja', sector: 'kommun', ...attrs }, '2026-06-01');
    const row = insats(view.container, 0);
    choose(row.getByLabelText('Kategori'), 'psykologbehandling');
    typeInto(row.getByLabelText('Startdatum'), '2026-03-02');
    typeInto(row.getByLabelText('Slutdatum (genomförd)'), '2026-04-27');
    typeInto(row.getByLabelText('Kostnad i kronor'), '12000');
    return view;
  };

  it('heading="none" drops the widget heading and keeps the section named', () => {
    const { container } = filled({ heading: 'none' });
    expect(screen.queryByRole('heading', { name: /rehabiliteringen för er/ })).toBeNull();
    const section = container.querySelector('section.widget')!;
    expect(section.getAttribute('aria-label')).toBe('Vad kostar rehabiliteringen för er?');
  });

  it('keeps rule codes out of the text and names them in "Så räknar vi"', async () => {
    const { container } = filled();
    const body = norm(container.querySelector('.result')?.textContent);
    expect(body).not.toMatch(/\b(FK|AFA)-[A-Z]/);
    const how = screen.getByText('Så räknar vi').closest('details')!;
    how.open = true;
    fireEvent(how, new Event('toggle'));
    await waitFor(() => expect(how.querySelector('[data-rules]')).not.toBeNull());
    expect(norm(how.querySelector('[data-rules]')!.textContent)).toMatch(/AFA-ELIGIBLE|AFA-RATE/);
  });

  it('writes the line dates the Swedish way and makes Därför a heading under the line', () => {
    const { container } = filled();
    const title = norm(container.querySelector('[data-line="0"] .line-title')?.textContent);
    expect(title).toContain('2 mars 2026 – 27 april 2026');
    expect(title).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const line = within(container.querySelector<HTMLElement>('[data-line="0"]')!);
    expect(line.getByRole('heading', { level: 4, name: 'Därför' })).toBeTruthy();
  });

  it('layout="compact" shows the totals and the key deadline, and the lines once opened', async () => {
    const { container } = filled({ layout: 'compact' });
    expect(total(container, 'afa')).toBe('6 000 kr');
    expect(container.querySelector('[data-key-deadline]')).not.toBeNull();
    const more = container.querySelector<HTMLDetailsElement>('.result details.more')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('[data-line="0"]')).toBeNull();
    more.open = true;
    fireEvent(more, new Event('toggle'));
    await waitFor(() => expect(more.querySelector('[data-line="0"]')).not.toBeNull());
    expect(norm(more.textContent)).toContain('Därför');
    expect(container.querySelector('[data-sticky-totals]')).not.toBeNull();
  });
});

describe('the first view', () => {
  it('shows the three totals and the key deadline, and both follow a cost edit', () => {
    const { container } = renderApp(
      { sector: 'kommun', 'fk-approved': 'ja', categories: 'utredning:3000' },
      '2026-03-10',
    );
    const keyDeadline = () => norm(container.querySelector('[data-key-deadline]')?.textContent);
    expect(total(container, 'fk')).toBe('1 500 kr');
    expect(total(container, 'afa')).toBe('0 kr');
    expect(total(container, 'employer')).toBe('1 500 kr');
    const fkLast = `Ansök hos Försäkringskassan senast ${norm(formatDateLong(fkDeadline(2026).legal, 'sv'))}`;
    expect(keyDeadline()).toBe(fkLast);

    typeInto(insats(container, 0).getByLabelText('Kostnad i kronor'), '47 300');
    expect(total(container, 'fk')).toBe('20 000 kr');
    expect(total(container, 'employer')).toBe('27 300 kr');
    expect(keyDeadline()).toBe(fkLast);

    // Carried out in 2024, the FK deadline (1 February 2025) has passed: the key deadline says so.
    typeInto(insats(container, 0).getByLabelText('Startdatum'), '2024-05-02');
    expect(total(container, 'fk')).toBe('0 kr');
    expect(keyDeadline()).toBe(
      `Ansök hos Försäkringskassan senast ${norm(formatDateLong(fkDeadline(2024).legal, 'sv'))} (har passerat)`,
    );
  });
});
