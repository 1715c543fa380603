/**
 * What the year-end batch's cover lists and files hold for a year: only that year's insatser, the
 * employers in Swedish alphabetical order, each cover list's sums to the öre, what is missing said
 * once, and a file for a document only when it can be printed.
 */
import { describe, expect, it } from 'vitest';
import { batchFiles, buildYearEndBatch } from '../../../core/batch/year-end.ts';
import { casesFromLists } from '../../../core/documents/employee-case.ts';

const insats = (
  id: string,
  employeeId: string,
  category: 'stodsamtal' | 'psykologbehandling' | 'utredning',
  performedOn: string,
  cost: number,
) => ({
  id,
  employeeId,
  providerId: 'p1',
  category,
  name: `Insats ${id}`,
  kinds: [category === 'utredning' ? ('utreda' as const) : ('genomfora' as const)],
  startedOn: performedOn,
  performedOn,
  performer: 'Eva Ek',
  competence: 'Leg. psykolog',
  cost,
});

const records = {
  providers: [
    {
      id: 'p1',
      name: 'Friskvårdarna FHV AB',
      organisationsnummer: '556677-8899',
      fkApproved: true,
    },
  ],
  employers: [
    {
      id: 'e-aby',
      name: 'Åby Bygg AB',
      organisationsnummer: '556016-0680',
      sector: 'privat',
      afaAgreement: 'AGS',
    },
    {
      id: 'e-zeta',
      name: 'Zeta AB',
      organisationsnummer: '556036-0793',
      sector: 'privat',
      afaAgreement: 'AGS',
    },
    {
      id: 'e-alfa',
      name: 'Alfa kommun',
      organisationsnummer: '212000-0142',
      sector: 'kommun',
      afaAgreement: 'AGS-KL',
    },
  ] as const,
  employees: [
    {
      id: 'm-kim',
      employerId: 'e-aby',
      name: 'Kim Karlsson',
      personnummer: '19900315-2346',
      group: 'arbetare',
    },
    {
      id: 'm-lo',
      employerId: 'e-aby',
      name: 'Lo Ek',
      personnummer: '19751224-1238',
      group: 'arbetare',
    },
    {
      id: 'm-zed',
      employerId: 'e-zeta',
      name: 'Zed Berg',
      personnummer: '19800101-1231',
      group: 'arbetare',
    },
    {
      id: 'm-mia',
      employerId: 'e-alfa',
      name: 'Mia Lind',
      personnummer: '19850712-1237',
      group: 'arbetare',
    },
    {
      id: 'm-per',
      employerId: 'e-alfa',
      name: 'Per Holm',
      personnummer: '19670815-1235',
      group: 'arbetare',
    },
  ] as const,
  insatser: [
    insats('i1', 'm-kim', 'stodsamtal', '2026-03-10', 1_500.5),
    // Another year: in no 2026 total.
    insats('i2', 'm-kim', 'stodsamtal', '2025-11-03', 9_999),
    insats('i3', 'm-lo', 'psykologbehandling', '2026-04-01', 8_000),
    insats('i4', 'm-lo', 'stodsamtal', '2026-05-05', 2_000.25),
    insats('i5', 'm-zed', 'stodsamtal', '2026-06-01', 3_000),
    // Mia's only insats is of 2025: she is not in 2026's batch.
    insats('i6', 'm-mia', 'stodsamtal', '2025-02-01', 4_000),
    // An investigation without positions taken: its 7026 cannot be printed.
    insats('i7', 'm-per', 'utredning', '2026-09-01', 6_000),
  ],
  applications: [],
};

const batch = () =>
  buildYearEndBatch(casesFromLists(records as never), { year: 2026, asOf: '2027-01-10' });

describe('the year-end batch for 2026', () => {
  it('lists the employers in Swedish alphabetical order, Å after Z', () => {
    expect(batch().employers.map((e) => e.employer.name)).toEqual([
      'Alfa kommun',
      'Zeta AB',
      'Åby Bygg AB',
    ]);
  });

  it('holds only the year’s insatser and the employees who have any that year', () => {
    const b = batch();
    const names = b.employers.map((e) => e.employees.map((m) => m.employee.name));
    expect(names).toEqual([['Per Holm'], ['Zed Berg'], ['Kim Karlsson', 'Lo Ek']]);
    const kim = b.employers[2]?.employees[0];
    expect(kim?.totals.cost).toBe(1_500.5);
    expect(kim?.invoice.basis?.rows.map((r) => r.performedOn)).toEqual(['2026-03-10']);
  });

  it('sums each cover list’s cost, FK and Afa over its employees to the öre', () => {
    const aby = batch().employers[2];
    if (!aby) throw new Error('no Åby');
    const sum = (k: 'cost' | 'fk' | 'afa') =>
      Math.round(aby.employees.reduce((s, m) => s + m.totals[k] * 100, 0)) / 100;
    expect(aby.totals.cost).toBe(11_500.75);
    expect(aby.totals).toEqual({ cost: sum('cost'), fk: sum('fk'), afa: sum('afa') });
    expect(aby.totals.afa).toBeGreaterThan(0);
    expect(aby.totals.fk).toBeGreaterThan(0);
  });

  it('says each thing missing once, and makes no file for a document that cannot be printed', () => {
    const b = batch();
    const per = b.employers[0]?.employees[0];
    const missing = per?.missing.map((m) => m.sv) ?? [];
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing).size).toBe(missing.length);
    expect(per?.report?.report).toBeUndefined();
    const files = batchFiles(b).filter((f) => f.employerId === 'e-alfa');
    expect(files.map((f) => [f.path, f.kind])).toEqual([
      ['arsavslut-2026/alfa-kommun/00-forteckning.html', 'cover'],
      ['arsavslut-2026/alfa-kommun/medarbetare-01-fakturaunderlag.html', 'invoice'],
    ]);
    expect(
      batchFiles(b)
        .filter((f) => f.employerId === 'e-zeta')
        .map((f) => f.kind),
    ).toEqual(['cover', 'invoice', 'report7026']);
  });

  it('names a missing provider once, though both the invoice basis and the 7026 lack it', () => {
    const withoutProvider = {
      ...records,
      providers: [],
      insatser: records.insatser.map(({ providerId: _p, ...i }) => i),
    };
    const b = buildYearEndBatch(casesFromLists(withoutProvider as never), {
      year: 2026,
      asOf: '2027-01-10',
    });
    const zed = b.employers[1]?.employees[0];
    expect(zed?.invoice.missing.length).toBeGreaterThan(0);
    expect(zed?.report?.missing.length).toBeGreaterThan(0);
    const missing = zed?.missing.map((m) => m.sv) ?? [];
    expect(missing.filter((m) => m.startsWith('Anordnare'))).toHaveLength(1);
    expect(new Set(missing).size).toBe(missing.length);
  });
});
