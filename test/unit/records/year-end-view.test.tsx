// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildYearEndBatch } from '../../../core/batch/year-end.ts';
import { formatKronor } from '../../../core/i18n/format.ts';
import { planCsvImport } from '../../../core/import/csv.ts';
import { loadEmployeeCases, wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { db, refresh, setLang } from '../../../extension/records/state.ts';
import { batchZip, zipFileName } from '../../../extension/records/year-end/batch-files.tsx';
import { batchCss, cssString } from '../../../extension/records/year-end/batch-style.ts';
import { defaultYear, YearEndView } from '../../../extension/records/year-end/YearEndView.tsx';

const PROVIDER = {
  id: 'p1',
  name: 'Friskvårdarna "FHV" AB',
  organisationsnummer: '556677-8899',
  fkApproved: true,
};

async function loadExample({ withoutPositions = false, approved = true } = {}) {
  const { records } = planCsvImport(
    readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
  );
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, {
    ...records,
    providers: [{ ...PROVIDER, fkApproved: approved }],
    insatser: withoutPositions
      ? records.insatser.map((i) => ({ ...i, positions: [] }))
      : records.insatser,
  });
  await refresh();
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-12T10:00:00'));
});
afterAll(() => {
  vi.useRealTimers();
});
afterEach(() => {
  cleanup();
  setLang('sv');
});

describe('the year-end view', () => {
  it('defaults to the year just ended in January, and to this year later on', () => {
    expect(defaultYear([2026, 2025], '2027-01-12')).toBe(2026);
    expect(defaultYear([2026, 2025], '2026-09-01')).toBe(2026);
    expect(defaultYear([2025], '2026-09-01')).toBe(2025);
    expect(defaultYear([], '2026-09-01')).toBeUndefined();
  });

  it('prints every employer’s cover list and each employee’s documents in one job', async () => {
    await loadExample();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<YearEndView />);
    const summary = await screen.findByTestId('batch-summary');
    expect(summary.textContent).toBe('I utskicket: 2 arbetsgivare, 3 medarbetare, 6 dokument.');
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut alla (6 dokument)' }));
    const job = await screen.findByTestId('batch-print');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const docs = [...job.querySelectorAll('[data-doc]')].map((d) => d.getAttribute('data-doc'));
    expect(docs).toEqual([
      'cover',
      'invoice',
      '7026',
      'invoice',
      '7026',
      'cover',
      'invoice',
      '7026',
    ]);
    const cover = job.querySelector('[data-doc="cover"]');
    expect(cover?.textContent).toContain('Anna Andersson');
    expect(cover?.querySelector('[data-deadline]')?.textContent).toBe('1 februari 2027');
    expect(job.querySelector('[data-total-fk]')?.textContent).toBe(formatKronor(10_500));
    // The page header names the provider, quoted safely.
    expect(job.querySelector('style')?.textContent).toContain(
      '@top-left { content: "Friskvårdarna \\"FHV\\" AB, 556677-8899"',
    );
    vi.unstubAllGlobals();
  });

  it('puts a name that looks like markup into the print job as text, never as elements', async () => {
    const { records } = planCsvImport(
      readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8'),
    );
    const d = await db();
    await wipeRecords(d);
    const hostile = '<img src=x onerror="globalThis.hacked=1">Anna & <b>Co</b>';
    await writeRecords(d, {
      ...records,
      providers: [PROVIDER],
      employees: records.employees.map((e, n) => (n === 0 ? { ...e, name: hostile } : e)),
    });
    await refresh();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<YearEndView />);
    fireEvent.click(await screen.findByRole('button', { name: /^Skriv ut alla/ }));
    const job = await screen.findByTestId('batch-print');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(job.querySelector('img, b')).toBeNull();
    expect(job.querySelector('[data-doc="cover"]')?.textContent).toContain(hostile);
    vi.unstubAllGlobals();
  });

  it('lists first who lacks data, with a link to fix it, and leaves their report out', async () => {
    await loadExample({ withoutPositions: true });
    render(<YearEndView />);
    const missing = await screen.findByTestId('batch-missing');
    expect(missing.textContent).toContain('Anna Andersson (Exempelby kommun)');
    expect(missing.textContent).toContain('En utredning ska redovisa minst ett ställningstagande.');
    const link = screen.getByRole('link', { name: 'Kim Karlsson' });
    expect(link.getAttribute('href')).toMatch(/^#\/medarbetare\//);
    expect(screen.getByTestId('batch-summary').textContent).toContain('4 dokument');
  });

  it('says before anything is sent that a provider not approved by FK gets 0 kr from FK', async () => {
    await loadExample({ approved: false });
    render(<YearEndView />);
    const notice = await screen.findByTestId('provider-not-approved');
    expect(notice.textContent).toContain(
      'Friskvårdarna "FHV" AB: anordnaren är inte markerad som godkänd av Försäkringskassan',
    );
    expect(screen.getByTestId('batch-employers').textContent).toContain(
      `Exempelby kommun2${formatKronor(0)}`,
    );
    cleanup();
    await loadExample();
    render(<YearEndView />);
    await screen.findByTestId('batch-summary');
    expect(screen.queryByTestId('provider-not-approved')).toBeNull();
  });

  it('marks the batch as sent, per employer, and remembers it', async () => {
    await loadExample();
    render(<YearEndView />);
    await screen.findByTestId('batch-summary');
    expect(screen.getAllByText('Inte skickat')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Markera som skickat' }));
    await waitFor(() => expect(screen.getAllByText('Skickat 12 januari 2027')).toHaveLength(2));
    cleanup();
    // An employee added after the batch was sent shows on the employer's line.
    const d = await db();
    await writeRecords(d, {
      employees: [
        {
          id: 'm-ny',
          employerId: 'ag-556012-3456',
          name: 'Ny Nilsson',
          personnummer: '19850712-1237',
          group: 'arbetare',
        },
      ],
      insatser: [
        {
          id: 'i-ny',
          employeeId: 'm-ny',
          category: 'stodsamtal',
          name: 'Stödsamtal',
          kinds: ['genomfora'],
          startedOn: '2026-11-02',
          performedOn: '2026-11-02',
          performer: 'Olle Berg',
          competence: 'Beteendevetare',
          cost: 1200,
        },
      ],
    });
    await refresh();
    render(<YearEndView />);
    await waitFor(() => expect(screen.getAllByText('Skickat 12 januari 2027')).toHaveLength(1));
    expect(
      screen.getByText('Skickat 12 januari 2027; tillkommit sedan dess: 1 medarbetare'),
    ).toBeTruthy();
    // Named, and only the new ones are sent and marked; the earlier mark still covers the rest.
    expect((await screen.findByTestId('since-sent')).textContent).toContain('Ny Nilsson (ny)');
    fireEvent.click(screen.getByLabelText('Bara nya och ändrade sedan senast skickat'));
    await waitFor(() =>
      expect(screen.getByTestId('batch-summary').textContent).toBe(
        'I utskicket: 1 arbetsgivare, 1 medarbetare, 2 dokument.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Markera som skickat' }));
    await waitFor(() => expect(screen.getAllByText('Skickat 12 januari 2027')).toHaveLength(2));
    expect(screen.queryByTestId('since-sent')).toBeNull();
    expect(screen.getByTestId('batch-summary').textContent).toBe(
      'I utskicket: 2 arbetsgivare, 4 medarbetare, 8 dokument.',
    );
  });
});

describe('the batch as a ZIP of separate files', () => {
  it('holds a cover list per employer and one file per document, none named for a person', async () => {
    await loadExample();
    const cases = await loadEmployeeCases(await db());
    const batch = buildYearEndBatch(cases, { year: 2026, asOf: '2027-01-12' });
    const files = unzipSync(batchZip(batch, 'sv'));
    const names = Object.keys(files);
    expect(names).toHaveLength(8);
    expect(names.filter((n) => n.endsWith('-rapport-7026.html'))).toHaveLength(3);
    expect(names.filter((n) => n.endsWith('00-forteckning.html'))).toHaveLength(2);
    for (const c of cases) {
      for (const n of names) {
        expect(n).not.toContain(c.employee.personnummer.slice(2, 8));
        expect(n.toLowerCase()).not.toContain(c.employee.name.split(' ')[0]!.toLowerCase());
      }
    }
    const anna = strFromU8(
      files['arsavslut-2026/exempelby-kommun/medarbetare-01-rapport-7026.html']!,
    );
    expect(anna).toContain('<html lang="sv">');
    expect(anna).toContain('Anna Andersson');
    expect(anna).toContain('19850712-1237');
    expect(anna).toContain('size: A4');
    expect(zipFileName(batch)).toBe('arsavslut-2026.zip');
    expect(zipFileName(batch, 'Verkstaden AB')).toBe('arsavslut-2026-verkstaden-ab.zip');
  });

  it('escapes names in the page header so that no name can end the style element', () => {
    expect(cssString('A "B" </style><script>')).toBe('"A \\"B\\" \\3c /style>\\3c script>"');
    const batch = buildYearEndBatch([], { year: 2026, asOf: '2027-01-12' });
    expect(batchCss(batch, 'en')).toContain('.batch-doc { break-before: page;');
  });
});
