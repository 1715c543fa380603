// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * "Markera som skickat" on the year-end batch reaches the deadlines page and the toolbar badge:
 * an FK deadline whose batch was sent shows the day it was sent and is no longer counted.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const action = vi.hoisted(() => ({
  setBadgeText: vi.fn(async (_: { text: string }) => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  setTitle: vi.fn(async (_: { title: string }) => {}),
}));
vi.mock('wxt/browser', () => ({ browser: { action } }));

import { planCsvImport } from '../../../core/import/csv.ts';
import { listEmployees, wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { markBatchesSent, openYearEndDb, sentBatchId } from '../../../core/store/year-end.ts';
import { updateDeadlineBadge } from '../../../extension/background/records.ts';
import { OverviewView } from '../../../extension/records/OverviewView.tsx';
import { db, refresh } from '../../../extension/records/state.ts';

const PROVIDER = {
  id: 'p1',
  name: 'Friskvårdarna FHV AB',
  organisationsnummer: '556677-8899',
  fkApproved: true,
};

let kommun = '';

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // 12 days before FK's deadline for 2026, 1 February 2027.
  vi.setSystemTime(new Date('2027-01-20T10:00:00'));
  const { records } = planCsvImport(
    readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
  );
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, { ...records, providers: [PROVIDER] });
  await refresh();
  kommun = records.employers.find((e) => e.name === 'Exempelby kommun')?.id as string;
});
afterAll(() => {
  vi.useRealTimers();
});
afterEach(cleanup);

async function markKommunSent() {
  const ids = (await listEmployees(await db()))
    .filter((e) => e.employerId === kommun)
    .map((e) => e.id);
  const sent = await openYearEndDb();
  await markBatchesSent(sent, [
    {
      id: sentBatchId(kommun, 2026),
      employerId: kommun,
      year: 2026,
      sentOn: '2027-01-12',
      employeeIds: ids,
      fk: 10_500,
    },
  ]);
  sent.close();
}

const fkRow = (name: string) =>
  within(screen.getByTestId('deadlines'))
    .getAllByRole('row')
    .find((r) => r.textContent?.includes(name) && r.textContent.includes('Försäkringskassan'));

describe('a year-end batch marked as sent', () => {
  it('stops counting in the badge and shows as sent on the deadlines page', async () => {
    const before = await updateDeadlineBadge();
    expect(before).toBeGreaterThan(0);

    await markKommunSent();
    const after = await updateDeadlineBadge();
    // Anna's and Lena's FK deadlines were in the sent batch; Kim's and Sam's employer's was not.
    expect(after).toBe(before - 2);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: after > 0 ? String(after) : '' });

    render(<OverviewView />);
    await screen.findByTestId('deadlines');
    for (const name of ['Anna Andersson', 'Lena Larsson']) {
      const row = fkRow(name);
      expect(row?.getAttribute('data-sent')).toBe('2027-01-12');
      expect(row?.textContent).toContain(
        'Årsavslutet skickat till arbetsgivaren 12 januari 2027 (12 dagar kvar)',
      );
    }
    const kim = fkRow('Kim Karlsson');
    expect(kim?.getAttribute('data-sent')).toBe('');
    expect(kim?.textContent).toContain('12 dagar kvar');
    expect(kim?.textContent).not.toContain('skickat');
  });
});
