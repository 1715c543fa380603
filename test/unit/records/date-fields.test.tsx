// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * The insats form's dates: one field each (one tab stop, not Chromium's three), in the dashboard's
 * language, reading what people type (`20260302`, `2026-03-10`, `10/3 2026`) and saying, Swedish
 * first, when a date cannot be read or the day does not exist, without changing what was typed.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { storage: { local: { get: async () => ({}), set: async () => {} } } },
}));

import { listInsatserByEmployee, wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { EmployeeView } from '../../../extension/records/EmployeeView.tsx';
import { db, lang, refresh } from '../../../extension/records/state.ts';
import { sampleRecords } from './sample.ts';

beforeEach(async () => {
  const r = sampleRecords();
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, { ...r, insatser: [], applications: [] });
  await refresh();
  lang.value = 'sv';
});
afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label) as unknown as HTMLInputElement;
const fill = (label: string, v: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: v } });

/** Opens the insats form with everything but the dates filled in. */
async function openForm(add = 'Lägg till insats', labels = SV): Promise<HTMLFormElement> {
  render(<EmployeeView employeeId="m-kim" />);
  fireEvent.click(await screen.findByRole('button', { name: add }));
  const form = (await screen.findByRole('form', { name: add })) as unknown as HTMLFormElement;
  fill(labels.name, 'Stödsamtal');
  fireEvent.click(screen.getByLabelText(labels.kind));
  fill(labels.performer, 'Eva Ek');
  fill(labels.competence, 'Leg. psykolog');
  fill(labels.cost, '3000');
  return form;
}
const SV = {
  name: 'Namn',
  kind: 'Genomföra',
  performer: 'Utförare',
  competence: 'Kompetens',
  cost: 'Kostnad',
  started: 'Påbörjad',
  performed: 'Genomförd',
};

const stored = async () => listInsatserByEmployee(await db(), 'm-kim');

describe('the insats form’s date fields', () => {
  it('are plain one-stop fields with the Swedish placeholder ÅÅÅÅ-MM-DD', async () => {
    await openForm();
    for (const label of ['Påbörjad', 'Genomförd', 'Planerat slut (Afa)']) {
      expect(field(label).type).toBe('text');
      expect(field(label).placeholder).toBe('ÅÅÅÅ-MM-DD');
    }
  });

  it('read 20260302, 10/3 2026 and 2026-03-31 as the days they are', async () => {
    const form = await openForm();
    fill('Påbörjad', '20260302');
    fill('Genomförd', '10/3 2026');
    fill('Planerat slut (Afa)', '2026-03-31');
    fireEvent.submit(form);
    await waitFor(async () => expect(await stored()).toHaveLength(1));
    expect((await stored())[0]).toMatchObject({
      startedOn: '2026-03-02',
      performedOn: '2026-03-10',
      plannedEndOn: '2026-03-31',
    });
  });

  it('say when a day does not exist or a date cannot be read, keep what was typed, save nothing', async () => {
    const form = await openForm();
    fill('Påbörjad', '30/2 2026');
    fill('Genomförd', '10 mars');
    fireEvent.submit(form);
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Påbörjad: ”30/2 2026” (2026-02-30) är ingen dag som finns i kalendern. Kontrollera dag och månad.',
      'Genomförd: ”10 mars” kan inte läsas som ett datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10 (eller 20260310, 10/3 2026).',
    ]);
    expect(field('Påbörjad').value).toBe('30/2 2026');
    expect(field('Genomförd').value).toBe('10 mars');
    expect(field('Påbörjad').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual([]);
  });

  it('name the other mistakes too, and a missing date, in the same list', async () => {
    const form = await openForm();
    fill('Namn', '');
    fill('Genomförd', '2026-03-10');
    fireEvent.submit(form);
    const alert = await screen.findByRole('alert');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain(
      'Påbörjad: Datumet saknas. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-10.',
    );
    expect(items.some((t) => t?.startsWith('Namn:'))).toBe(true);
    expect(await stored()).toEqual([]);
  });

  it('follow the dashboard’s language: YYYY-MM-DD and English messages', async () => {
    lang.value = 'en';
    const form = await openForm('Add insats', {
      name: 'Name',
      kind: 'Carry out',
      performer: 'Performed by',
      competence: 'Competence',
      cost: 'Cost',
      started: 'Started',
      performed: 'Carried out',
    });
    expect(field('Started').placeholder).toBe('YYYY-MM-DD');
    fill('Started', '2026-02-29');
    fill('Carried out', '2026-03-10');
    fireEvent.submit(form);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Started: “2026-02-29” is not a day in the calendar. Check the day and the month.',
    );
    expect(await stored()).toEqual([]);
  });
});
