// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * "Markera som skickat" on the year-end batch reaches the deadlines page and the toolbar badge:
 * an FK deadline whose batch was sent shows the day it was sent and is no longer counted.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const action = vi.hoisted(() => ({
  setBadgeText: vi.fn(async (_: { text: string }) => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  setTitle: vi.fn(async (_: { title: string }) => {}),
}));
vi.mock('wxt/browser', () => ({ browser: { action } }));

import { planCsvImport } from '../../../core/import/csv.ts';
import {
  deleteEmployee,
  listEmployees,
  loadEmployeeCases,
  putEmployee,
  putInsats,
  wipeRecords,
  writeRecords,
} from '../../../core/store/records.ts';
import {
  listAllSentBatches,
  markBatchesSent,
  openYearEndDb,
  sentBatchId,
  sentMarkFor,
} from '../../../core/store/year-end.ts';
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

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // 12 days before FK's deadline for 2026, 1 February 2027.
  vi.setSystemTime(new Date('2027-01-20T10:00:00'));
});
// The example records are read for each test, never while the file loads or in beforeAll:
// Stryker counts only what runs inside a test. The batches marked as sent stay between tests.
beforeEach(async () => {
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

  it('does not cover an employee added, or an insats changed, after it was marked', async () => {
    const d = await db();
    // Marked again today's way, in place of the mark above: what the batch held, as digests.
    const sent = await openYearEndDb();
    const kommunCases = (await loadEmployeeCases(d)).filter((c) => c.employer.id === kommun);
    await markBatchesSent(
      sent,
      [
        await sentMarkFor(d, {
          employerId: kommun,
          year: 2026,
          sentOn: '2027-01-12',
          cases: kommunCases,
          fk: 10_500,
        }),
      ],
      [sentBatchId(kommun, 2026)],
    );
    expect(await listAllSentBatches(sent)).toHaveLength(1);
    const marked = await updateDeadlineBadge();
    // The mark holds no employee id or personnummer readable.
    const stored = JSON.stringify(await listAllSentBatches(sent));
    expect(stored).not.toContain('19761123');
    expect(stored).not.toContain('850712');
    expect(stored).not.toContain('212000');

    // Afterwards: a new employee with an insats at the same employer, and Lena's course costs more.
    const nils = {
      id: 'm-nils',
      employerId: kommun,
      name: 'Nils Nilsson',
      personnummer: '19800101-1231',
      group: 'arbetare' as const,
    };
    await putEmployee(d, nils);
    await putInsats(d, {
      id: 'i-nils',
      employeeId: nils.id,
      providerId: 'p1',
      category: 'utredning',
      name: 'Utreda arbetsförmåga',
      kinds: ['utreda'],
      startedOn: '2026-11-02',
      performedOn: '2026-11-20',
      performer: 'Eva Ek',
      competence: 'Leg. psykolog',
      cost: 4000,
      positions: [{ text: 'Nils kan arbeta heltid med stöd.' }],
    });
    const lena = kommunCases.find((c) => c.employee.name === 'Lena Larsson');
    const course = lena?.insatser[0];
    if (!course) throw new Error('no course');
    await putInsats(d, { ...course, cost: course.cost + 1000 });
    await refresh();

    // Both still count in the badge: Nils's deadline is new, Lena's is not what was sent.
    expect(await updateDeadlineBadge()).toBe(marked + 2);
    render(<OverviewView />);
    const since = await screen.findByTestId('since-sent');
    expect(since.textContent).toContain('Nytt sedan årsavslutet skickades');
    expect(since.textContent).toContain('Nils Nilsson (ny)');
    expect(since.textContent).toContain('Lena Larsson (ändrad)');
    expect(since.textContent).not.toContain('Anna Andersson');
    expect(fkRow('Nils Nilsson')?.getAttribute('data-sent')).toBe('');
    expect(fkRow('Lena Larsson')?.getAttribute('data-sent')).toBe('');
    expect(fkRow('Anna Andersson')?.getAttribute('data-sent')).toBe('2027-01-12');
    cleanup();

    // Sending the rest: marked again, the earlier mark's coverage kept.
    const [previous] = await listAllSentBatches(sent);
    const now = (await loadEmployeeCases(d)).filter(
      (c) => c.employer.id === kommun && c.employee.name !== 'Anna Andersson',
    );
    await markBatchesSent(sent, [
      await sentMarkFor(d, {
        employerId: kommun,
        year: 2026,
        sentOn: '2027-01-19',
        cases: now,
        fk: 2000,
        ...(previous ? { previous } : {}),
      }),
    ]);
    sent.close();
    expect(await updateDeadlineBadge()).toBe(marked);
    render(<OverviewView />);
    await screen.findByTestId('deadlines');
    expect(screen.queryByTestId('since-sent')).toBeNull();
    expect(fkRow('Anna Andersson')?.getAttribute('data-sent')).not.toBe('');
    await deleteEmployee(d, nils.id);
  });
});
