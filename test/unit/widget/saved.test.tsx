// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSavedEstimates } from '../../../core/store/estimates.ts';
import { estimatesDb } from '../../../widget/src/storage.ts';
import { describedBy, insats, renderApp, total, typeInto } from './render.tsx';

beforeEach(async () => {
  await (await estimatesDb()).clear('estimates');
});

afterEach(() => {
  cleanup();
});

async function stored() {
  return (await listSavedEstimates(await estimatesDb())).estimates;
}

/** A form that is valid from the start: the provider's price fills the cost. */
function renderValid() {
  const view = renderApp({ 'fk-approved': 'ja', categories: 'stresshantering:18000' });
  expect(total(view.container, 'cost')).toBe('18 000 kr');
  return view;
}

function openSection() {
  const summary = screen.getByText('Sparade kalkyler');
  const details = summary.closest('details')!;
  fireEvent.click(summary);
  if (!details.open) {
    // happy-dom may not toggle <details> on a click on its summary: open it as a browser would.
    details.open = true;
    fireEvent(details, new Event('toggle'));
  }
}

function saveAs(name: string) {
  typeInto(screen.getByLabelText('Namn på kalkylen'), name);
  fireEvent.click(screen.getByRole('button', { name: 'Spara kalkylen' }));
}

const all = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-saved]')].map((el) => el.getAttribute('data-saved'));

const savedItem = (container: HTMLElement, name: string) =>
  container.querySelector(`[data-saved="${CSS.escape(name)}"]`);

describe('saved estimates in the widget', () => {
  it('opening the section shows that nothing is saved yet', async () => {
    renderValid();
    openSection();
    await waitFor(() => expect(screen.getByText('Inga sparade kalkyler än.')).toBeTruthy());
  });

  it('saving under a name shows it in the list and stores the scenario', async () => {
    const { container } = renderValid();
    openSection();
    saveAs('Stresskurs hösten');
    await waitFor(() => expect(savedItem(container, 'Stresskurs hösten')).not.toBeNull());
    expect(screen.getByRole('button', { name: 'Öppna: Stresskurs hösten' })).toBeTruthy();

    const [estimate, ...more] = await stored();
    expect(more).toEqual([]);
    expect(estimate!.name).toBe('Stresskurs hösten');
    expect(estimate!.scenario).not.toHaveProperty('asOf');
    expect(estimate!.scenario.insatser[0]).toMatchObject({
      category: 'stresshantering',
      cost: 18000,
    });
    // The name field is emptied and the button now updates the estimate on screen.
    expect(screen.getByLabelText<HTMLInputElement>('Namn på kalkylen').value).toBe('');
    expect(screen.getByRole('button', { name: 'Spara ändringarna' })).toBeTruthy();
  });

  it('refuses a name with a personnummer, says why, and saves nothing', async () => {
    renderValid();
    openSection();
    saveAs('Anna 19850312-1234');
    const name = screen.getByLabelText('Namn på kalkylen');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(name).some((d) => /personnummer/.test(d))).toBe(true);
    expect(await stored()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Öppna/ })).toBeNull();
  });

  it('cannot save while the form has no result', async () => {
    const { container } = renderApp({ 'fk-approved': 'ja' });
    expect(container.querySelector('[data-total]')).toBeNull();
    openSection();
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Spara kalkylen' });
    expect(save.disabled).toBe(true);
  });

  it('opening a saved estimate restores its values', async () => {
    const { container } = renderValid();
    openSection();
    saveAs('Kurs');
    await waitFor(() => expect(savedItem(container, 'Kurs')).not.toBeNull());

    // Start again and change the form.
    fireEvent.click(screen.getByRole('button', { name: 'Ny kalkyl' }));
    const cost = () => insats(container, 0).getByLabelText<HTMLInputElement>('Kostnad i kronor');
    typeInto(cost(), '5 000');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till insats' }));
    expect(container.querySelectorAll('[data-insats-index]')).toHaveLength(2);
    expect(total(container, 'cost')).toBe('23 000 kr');

    fireEvent.click(screen.getByRole('button', { name: 'Öppna: Kurs' }));
    expect(container.querySelectorAll('[data-insats-index]')).toHaveLength(1);
    expect(cost().value).toBe('18000');
    expect(total(container, 'cost')).toBe('18 000 kr');
    expect(screen.getByText(/Kurs/, { selector: '[role="status"]' })).toBeTruthy();
  });

  it('deleting asks first, can be cancelled, and then removes the estimate', async () => {
    const { container } = renderValid();
    openSection();
    saveAs('Kurs');
    await waitFor(() => expect(savedItem(container, 'Kurs')).not.toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort: Kurs' }));
    // Asked, not yet removed.
    expect(screen.getByText(/Ta bort Kurs\?/)).toBeTruthy();
    expect(await stored()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByText(/Ta bort Kurs\?/)).toBeNull();
    expect(savedItem(container, 'Kurs')).not.toBeNull();
    expect(await stored()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort: Kurs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ta bort' }));
    await waitFor(() => expect(savedItem(container, 'Kurs')).toBeNull());
    expect(await stored()).toEqual([]);
    expect(screen.getByText('Inga sparade kalkyler än.')).toBeTruthy();
    // The estimate on screen is no longer a saved one: saving makes a new one.
    expect(screen.getByRole('button', { name: 'Spara kalkylen' })).toBeTruthy();
  });

  it('saving changes to the estimate on screen replaces it instead of adding one', async () => {
    const { container } = renderValid();
    openSection();
    saveAs('Kurs');
    await waitFor(() => expect(savedItem(container, 'Kurs')).not.toBeNull());
    typeInto(insats(container, 0).getByLabelText('Kostnad i kronor'), '9 000');
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    await waitFor(async () => {
      const all = await stored();
      expect(all).toHaveLength(1);
      expect(all[0]!.scenario.insatser[0]!.cost).toBe(9000);
    });
    expect(all(container)).toEqual(['Kurs']);
  });
});
