// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * The two editors (an insats; the employee and employer) say the same two things above their
 * fields: what is wrong with the input, in the user's language, and that the records changed
 * since the form was opened, with nothing saved and a button that shows the new records.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { storage: { local: { get: async () => ({}), set: async () => {} } } },
}));

import {
  getEmployee,
  getEmployer,
  getInsats,
  getRevision,
  wipeRecords,
  writeRecords,
} from '../../../core/store/records.ts';
import { InsatsEditor } from '../../../extension/records/InsatsEditor.tsx';
import { PartiesEditor } from '../../../extension/records/PartiesEditor.tsx';
import { db, refresh, setLang } from '../../../extension/records/state.ts';
import { sampleRecords } from './sample.ts';

const records = sampleRecords();
const anna = records.employees.find((e) => e.id === 'm-anna');
const annasEmployer = records.employers.find((e) => e.id === anna?.employerId);
const annasInsats = records.insatser.find((i) => i.employeeId === 'm-anna');
if (!anna || !annasEmployer || !annasInsats) throw new Error('the sample has no Anna');

beforeEach(async () => {
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, records);
  await refresh();
});
afterEach(() => {
  cleanup();
  setLang('sv');
});

/** Each editor for Anna, opened at `revision`, and the field that must not be left blank. */
const editors = [
  {
    name: 'the insats editor',
    form: `Ändra: ${annasInsats.name}`,
    blank: 'Namn',
    blankEn: 'Name',
    open: (revision: number, onDone: () => void) => (
      <InsatsEditor insats={annasInsats} employeeId="m-anna" revision={revision} onDone={onDone} />
    ),
    stored: async () => (await getInsats(await db(), annasInsats.id))?.name,
    before: annasInsats.name,
  },
  {
    name: 'the employee and employer editor',
    form: 'Ändra uppgifter om medarbetare och arbetsgivare',
    blank: 'Medarbetarens namn',
    blankEn: "Employee's name",
    open: (revision: number, onDone: () => void) => (
      <PartiesEditor employee={anna} employer={annasEmployer} revision={revision} onDone={onDone} />
    ),
    stored: async () => (await getEmployee(await db(), anna.id))?.name,
    before: anna.name,
  },
];

describe.each(editors)('$name', ({ form, blank, blankEn, open, stored, before }) => {
  it('lists what is wrong, naming the field as its label does, in Swedish and in English, and saves nothing', async () => {
    const onDone = vi.fn();
    render(open(await getRevision(await db()), onDone));
    fireEvent.input(screen.getByLabelText(blank), { target: { value: '' } });
    fireEvent.submit(screen.getByRole('form', { name: form }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')[0]?.textContent).toBe(
      `${blank}: Fältet får inte vara tomt.`,
    );
    setLang('en');
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getAllByRole('listitem')[0]?.textContent).toBe(
        `${blankEn}: The field cannot be empty.`,
      ),
    );
    expect(onDone).not.toHaveBeenCalled();
    expect(await stored()).toBe(before);
  });

  it('says the records changed since it opened, saves nothing, and shows the new ones', async () => {
    const onDone = vi.fn();
    const d = await db();
    render(open((await getRevision(d)) - 1, onDone));
    fireEvent.input(screen.getByLabelText(blank), { target: { value: 'Ny Namnsson' } });
    fireEvent.submit(screen.getByRole('form', { name: form }));
    const alert = await screen.findByTestId('editor-stale');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Ingenting sparades.');
    expect(await stored()).toBe(before);
    expect((await getEmployer(d, annasEmployer.id))?.name).toBe(annasEmployer.name);
    fireEvent.click(within(alert).getByRole('button', { name: 'Visa de nya uppgifterna' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
  });
});
