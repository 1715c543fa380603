// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * The printed FK invoice basis lists every insats of the year; it says which rows an application
 * to FK is about and totals them, so the claim's cost (the e2e fixture's Sven: three stödsamtal and
 * utredning rows, 21 500 kr) is on the page beside the list's 32 500 kr (with an Afa-only therapy
 * and a health profile nobody pays for), with FK's part (10 750 kr), as the prefill's CSV does.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { storage: { local: { get: async () => ({}), set: async () => {} } } },
}));

import { buildYearEndBatch } from '../../../core/batch/year-end.ts';
import { casesFromLists } from '../../../core/documents/employee-case.ts';
import { wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { InvoiceView } from '../../../extension/records/InvoiceView.tsx';
import { db, lang, refresh } from '../../../extension/records/state.ts';
import { InvoiceBasisDocument } from '../../../extension/records/year-end/BatchDocuments.tsx';

const { records } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
);

beforeAll(async () => {
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, records);
  await refresh();
  lang.value = 'sv';
});
afterEach(cleanup);

const nb = (s: string | null | undefined) => (s ?? '').replace(/\s/g, ' ');

describe('the printed FK invoice basis', () => {
  it('marks the rows in the FK application and totals them beside the whole list', async () => {
    vi.setSystemTime(new Date('2026-11-22T12:00:00'));
    render(<InvoiceView employeeId="m1" year={2026} />);
    const report = await screen.findByRole('heading', { name: 'Fakturaunderlag' });
    const table = report.closest('article')!.querySelector('table')! as unknown as HTMLElement;
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    const claimCell = (name: RegExp) => row(name).querySelector('[data-in-fk-claim]')?.textContent;
    expect(claimCell(/Utreda arbetsförmåga/)).toBe('Ja');
    expect(claimCell(/Stödsamtal hos ej godkänd anordnare/)).toBe('Ja');
    expect(claimCell(/Hälsoprofil/)).toBe('Nej');
    expect(claimCell(/Samtalsbehandling hos psykolog/)).toBe('Nej');
    const claim = row(/Summa ansökan till FK/);
    expect(nb(claim.textContent)).toContain('21 500 kr10 750 kr');
    const all = row(/Summa alla insatser/);
    expect(nb(all.textContent)).toContain('32 500 kr10 750 kr');
    vi.useRealTimers();
  });

  it('is the same document in the year-end batch: the same rows, marks, totals and VAT note', async () => {
    vi.setSystemTime(new Date('2026-11-22T12:00:00'));
    const page = render(<InvoiceView employeeId="m1" year={2026} />);
    const report = await screen.findByRole('heading', { name: 'Fakturaunderlag' });
    const dashboard = report.closest('article')!;
    const batch = buildYearEndBatch(casesFromLists(records), { year: 2026, asOf: '2026-11-22' });
    const m1 = batch.employers.flatMap((e) => e.employees).find((e) => e.employee.id === 'm1')!;
    const printed = render(
      <InvoiceBasisDocument result={m1.invoice} lang="sv" provider="p" />,
    ).container.querySelector('article')!;
    const claim = printed.querySelector('[data-total-row="fk-claim"]');
    expect(nb(claim?.textContent)).toContain('21 500 kr10 750 kr');
    const marks = (a: Element) =>
      [...a.querySelectorAll('[data-in-fk-claim]')].map((c) => c.textContent);
    expect(marks(printed)).toContain('Nej');
    expect(marks(printed)).toEqual(marks(dashboard));
    const body = (a: Element) => nb(a.querySelector('dl')?.nextElementSibling?.textContent);
    expect(body(printed)).toBe(body(dashboard));
    expect(nb(printed.querySelector('[data-vat-note]')?.textContent)).toBe(
      nb(dashboard.querySelector('[data-vat-note]')?.textContent),
    );
    page.unmount();
    vi.useRealTimers();
  });
});
