// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatKronor } from '../../../core/i18n/format.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import { wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { RegisterTable } from '../../../extension/records/RegisterTable.tsx';
import { db, refresh, setLang } from '../../../extension/records/state.ts';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-10T10:00:00'));
});
// The example records are read for each test, never while the file loads or in beforeAll:
// Stryker counts only what runs inside a test.
beforeEach(async () => {
  const { records } = planCsvImport(
    readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
  );
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, {
    ...records,
    providers: [
      {
        id: 'p1',
        name: 'Friskvårdarna FHV AB',
        organisationsnummer: '556677-8899',
        fkApproved: true,
      },
    ],
  });
  await refresh();
});
afterAll(() => {
  vi.useRealTimers();
});
afterEach(() => {
  cleanup();
  setLang('sv');
});

const rowNames = () =>
  within(screen.getByTestId('register-table'))
    .getAllByRole('row')
    .slice(1, -1)
    .map((r) => r.querySelector('td a')?.textContent);

describe('the register table', () => {
  it('lists the year’s employees with totals, a cap bar and the sum of the rows', async () => {
    render(<RegisterTable />);
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('3 rader'));
    expect(rowNames()).toEqual(['Anna Andersson', 'Kim Karlsson', 'Lena Larsson']);
    const lena = screen.getByRole('row', { name: /Lena Larsson/ });
    expect(lena.textContent).toContain(`${formatKronor(9000)} av ${formatKronor(20_000)}`);
    expect(lena.querySelector('.cap-bar')?.getAttribute('data-share')).toBe('0.450');
    expect(screen.getByTestId('register-sum').textContent).toContain(formatKronor(15_425));
  });

  it('filters to the deadlines within 30 days and sorts by FK both ways', async () => {
    render(<RegisterTable />);
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('3 rader'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'due-30' } });
    // On 10 January every employee's FK deadline (1 February) is within 30 days.
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('3 rader'));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'deadline-passed' } });
    await waitFor(() => expect(rowNames()).toEqual(['Anna Andersson', 'Lena Larsson']));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^FK/ }));
    await waitFor(() =>
      expect(rowNames()).toEqual(['Lena Larsson', 'Kim Karlsson', 'Anna Andersson']),
    );
    expect(screen.getByRole('columnheader', { name: /^FK/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    fireEvent.click(screen.getByRole('button', { name: /^FK/ }));
    await waitFor(() =>
      expect(rowNames()).toEqual(['Anna Andersson', 'Kim Karlsson', 'Lena Larsson']),
    );
  });

  it('searches on personnummer and shows the employers in English', async () => {
    setLang('en');
    render(<RegisterTable />);
    await waitFor(() => expect(screen.getByTestId('register-count').textContent).toBe('3 rows'));
    fireEvent.input(screen.getByLabelText('Search by name, personnummer or organisationsnummer'), {
      target: { value: '9003152346' },
    });
    await waitFor(() => expect(rowNames()).toEqual(['Kim Karlsson']));
    fireEvent.input(screen.getByLabelText('Search by name, personnummer or organisationsnummer'), {
      target: { value: '' },
    });
    fireEvent.click(screen.getByLabelText('Employers'));
    await waitFor(() => expect(rowNames()).toEqual(['Exempelby kommun', 'Verkstaden AB']));
    expect(screen.getByRole('row', { name: /Exempelby kommun/ }).textContent).toContain(
      `${formatKronor(10_500)} of ${formatKronor(200_000)}`,
    );
  });
});
