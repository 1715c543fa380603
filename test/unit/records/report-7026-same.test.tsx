// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * FK-7026 is one document whether it is printed from the employee's page or in the year-end batch:
 * for the same records, FK's reader finds the same headings, insatser, kinds, dates, amounts,
 * performers, descriptions, positions taken and date written, in Swedish and in English.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({
  browser: { storage: { local: { get: async () => ({}), set: async () => {} } } },
}));

import { buildYearEndBatch } from '../../../core/batch/year-end.ts';
import { casesFromLists } from '../../../core/documents/employee-case.ts';
import type { Lang } from '../../../core/i18n/format.ts';
import { wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { Report7026View } from '../../../extension/records/Report7026View.tsx';
import { db, refresh, setLang } from '../../../extension/records/state.ts';
import { Report7026Document } from '../../../extension/records/year-end/BatchDocuments.tsx';

const records = {
  providers: [
    {
      id: 'p1',
      name: 'Hälsopartner Företagshälsa AB',
      organisationsnummer: '556677-8899',
      fkApproved: true,
    },
  ],
  employers: [
    {
      id: 'e1',
      name: 'Exempelby kommun',
      organisationsnummer: '212000-0142',
      sector: 'kommun' as const,
      afaAgreement: 'AGS-KL' as const,
    },
  ],
  employees: [
    {
      id: 'm1',
      employerId: 'e1',
      name: 'Sven Svensson',
      personnummer: '19121212-1212',
      group: 'arbetare' as const,
    },
  ],
  insatser: [
    {
      id: 'i1',
      employeeId: 'm1',
      providerId: 'p1',
      category: 'utredning' as const,
      name: 'Utreda arbetsförmåga',
      kinds: ['utreda' as const],
      startedOn: '2026-01-12',
      performedOn: '2026-01-19',
      performer: 'Anna Berg',
      competence: 'Företagssköterska',
      cost: 12_000,
      description: 'Arbetsförmågan utreddes med arbetsgivaren.',
      positions: [{ text: 'Sven kan arbeta halvtid.' }, { text: 'Anpassade arbetstider.' }],
    },
    {
      id: 'i2',
      employeeId: 'm1',
      providerId: 'p1',
      category: 'stodsamtal' as const,
      name: 'Stödsamtal',
      kinds: ['genomfora' as const, 'folja_upp' as const],
      startedOn: '2026-02-02',
      performedOn: '2026-03-10',
      performer: 'Per Ek',
      competence: 'Psykolog',
      cost: 6_500.5,
    },
    // Afa's only: not in FK's report.
    {
      id: 'i3',
      employeeId: 'm1',
      providerId: 'p1',
      category: 'psykologbehandling' as const,
      name: 'Samtalsbehandling hos psykolog',
      kinds: ['genomfora' as const],
      startedOn: '2026-03-02',
      performedOn: '2026-03-30',
      performer: 'Per Ek',
      competence: 'Legitimerad psykolog',
      cost: 9_000,
    },
    // Another year: not in 2026's report.
    {
      id: 'i4',
      employeeId: 'm1',
      providerId: 'p1',
      category: 'stodsamtal' as const,
      name: 'Stödsamtal förra året',
      kinds: ['genomfora' as const],
      startedOn: '2025-11-03',
      performedOn: '2025-11-03',
      performer: 'Per Ek',
      competence: 'Psykolog',
      cost: 1_500,
    },
  ],
  applications: [],
};

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-12T10:00:00'));
});
afterAll(() => {
  vi.useRealTimers();
});
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

/** The report as FK's reader meets it: each heading, term, value and list item, in order. */
function reading(article: Element): string[] {
  return [...article.querySelectorAll('h3, h4, dt, dd, li')].map(
    (e) =>
      `${e.tagName.toLowerCase()}: ${(e.childElementCount > 0 && e.tagName === 'DD' ? '' : (e.textContent ?? '')).replace(/\s+/g, ' ').trim()}`,
  );
}

async function dashboardReport(lang: Lang): Promise<Element> {
  setLang(lang);
  const page = render(<Report7026View employeeId="m1" year={2026} />);
  await screen.findByRole('heading', { level: 4, name: /Stödsamtal/ });
  return page.container.querySelector('[data-report="7026"]') as Element;
}

function batchReport(lang: Lang): Element {
  const batch = buildYearEndBatch(casesFromLists(records), { year: 2026, asOf: '2027-01-12' });
  const m1 = batch.employers.flatMap((e) => e.employees).find((e) => e.employee.id === 'm1');
  if (!m1?.report?.report) throw new Error('the batch has no 7026 for m1');
  return render(
    <Report7026Document report={m1.report.report} lang={lang} provider="p" />,
  ).container.querySelector('[data-doc="7026"]') as Element;
}

describe('FK-7026 on the employee’s page and in the year-end batch', () => {
  it('reads the same in Swedish: who, the employer, the provider, each FK insats and the date', async () => {
    const page = reading(await dashboardReport('sv'));
    const printed = reading(batchReport('sv'));
    expect(printed).toEqual(page);
    expect(page).toEqual([
      'h3: Rapporten gäller',
      'dt: Namn',
      'dd: Sven Svensson',
      'dt: Personnummer',
      'dd: 19121212-1212',
      'h3: Arbetsgivare',
      'dt: Namn',
      'dd: Exempelby kommun',
      'dt: Organisationsnummer',
      'dd: 212000-0142',
      'h3: Anordnare',
      'dt: Namn',
      'dd: Hälsopartner Företagshälsa AB',
      'dt: Organisationsnummer',
      'dd: 556677-8899',
      'dt: Godkänd av Försäkringskassan',
      'dd: Ja',
      'h3: Insatser',
      'h4: 1. Utreda arbetsförmåga',
      'dt: Kategori',
      'dd: Utredning av ohälsa, arbetsförmåga eller stödbehov',
      'dt: Typ av insats hos FK',
      'dd: Utreda',
      'dt: Påbörjad',
      'dd: 12 januari 2026',
      'dt: Genomförd',
      'dd: 19 januari 2026',
      'dt: Utförare',
      'dd: Anna Berg, Företagssköterska',
      'dt: Kostnad',
      'dd: 12 000 kr',
      'dt: Beskrivning',
      'dd: Arbetsförmågan utreddes med arbetsgivaren.',
      'dt: Ställningstaganden',
      'dd: ',
      'li: Sven kan arbeta halvtid.',
      'li: Anpassade arbetstider.',
      'h4: 2. Stödsamtal',
      'dt: Kategori',
      'dd: Arbetsplatsinriktade stödsamtal',
      'dt: Typ av insats hos FK',
      'dd: Genomföra, Följa upp',
      'dt: Påbörjad',
      'dd: 2 februari 2026',
      'dt: Genomförd',
      'dd: 10 mars 2026',
      'dt: Utförare',
      'dd: Per Ek, Psykolog',
      'dt: Kostnad',
      'dd: 6 500,50 kr',
      'dt: Datum',
      'dd: 12 januari 2027',
      'dt: Underskrift och namnförtydligande',
      'dd: ',
    ]);
  });

  it('reads the same in English, with the kinds, categories and dates in English', async () => {
    const page = reading(await dashboardReport('en'));
    const printed = reading(batchReport('en'));
    expect(printed).toEqual(page);
    expect(page).toContain('h3: The report concerns');
    expect(page).toContain('dd: Carry out, Follow up');
    expect(page).toContain('dd: Workplace-oriented supportive talks');
    expect(page.filter((l) => l.startsWith('dd: ') && /2026$/.test(l))).toEqual([
      'dd: 12 January 2026',
      'dd: 19 January 2026',
      'dd: 2 February 2026',
      'dd: 10 March 2026',
    ]);
  });
});
