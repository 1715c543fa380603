import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, mayFill, type PrefillCase } from '../../../core/prefill/case.ts';
import { pickValues } from '../../../core/prefill/values.ts';
import type { RecordsBundle } from '../../../extension/prefill/records-source.ts';

const records: RecordsBundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
).records;
const [approved, unapproved] = records.providers as [
  RecordsBundle['providers'][0],
  RecordsBundle['providers'][0],
];
const employer = records.employers[0]!;
const employee = records.employees[0]!;
const [i1, i2] = records.insatser as [RecordsBundle['insatser'][0], RecordsBundle['insatser'][0]];

const base: PrefillCase = {
  provider: approved,
  employer,
  employee,
  insatser: [i1, i2],
  application: records.applications?.[0],
  attachmentName: 'fakturaunderlag-2026-m1.csv',
};

describe('checking a case before filling', () => {
  it('gives the values the e-service expects for a consistent case', () => {
    const check = checkCase(base, '2026-06-01');
    expect(check.problems).toEqual([]);
    expect(mayFill(check)).toBe(true);
    expect(check.values).toMatchObject({
      'employer.organisationsnummer': '556016-0680',
      'employee.personnummer': '19121212-1212',
      kinds: ['utreda', 'genomfora', 'folja_upp'],
      year: '2026',
      periodChoice: 'year',
      amount: '18\u00a0500',
      'contact.email': 'karin.lind@exempelbygg.se',
    });
    expect(check.fkGrant).toBe(9250);
  });

  it('stops when the provider is not approved by FK', () => {
    const check = checkCase({ ...base, provider: unapproved }, '2026-06-01');
    expect(mayFill(check)).toBe(false);
    expect(check.problems.map((p) => p.sv).join(' ')).toContain('inte godkänd');
  });

  it('warns when the saved application asks for another amount than the records split gives', () => {
    const application = { ...base.application!, amount: 12000 };
    const check = checkCase({ ...base, application }, '2026-06-01');
    expect(mayFill(check)).toBe(true);
    expect(check.problems[0]).toMatchObject({ severity: 'warn' });
    expect(check.problems[0]?.sv).toContain('9\u00a0250');
    expect(check.problems[0]?.en).toContain('12\u00a0000');
  });

  it('stops on an invalid personnummer, naming the field in both languages', () => {
    const check = checkCase(
      { ...base, employee: { ...employee, personnummer: '19121212-1213' } },
      '2026-06-01',
    );
    expect(mayFill(check)).toBe(false);
    expect(
      check.problems.some((p) => p.sv.includes('Personnummer') && p.en.includes('personnummer')),
    ).toBe(true);
  });

  it('stops when the insatser span several years', () => {
    const later = { ...i2, id: 'x', startedOn: '2027-01-05', performedOn: '2027-01-05' };
    const check = checkCase(
      { ...base, application: undefined, insatser: [i1, later] },
      '2027-01-10',
    );
    expect(mayFill(check)).toBe(false);
  });

  it('fills without the contact fields when the employer has no contact person, and says so', () => {
    const check = checkCase(
      { ...base, employer: { ...employer, contact: undefined } },
      '2026-06-01',
    );
    expect(mayFill(check)).toBe(true);
    expect(check.values?.['contact.name']).toBeUndefined();
    expect(check.problems[0]?.severity).toBe('warn');
  });
});

describe('handing out values', () => {
  it('gives the content script only the fields it asked for', () => {
    const values = checkCase(base, '2026-06-01').values!;
    expect(pickValues(values, ['employer.name', 'kinds'])).toEqual({
      'employer.name': 'Exempel Bygg AB',
      kinds: ['utreda', 'genomfora', 'folja_upp'],
    });
  });
});

describe('a choice of insatser from several providers', () => {
  it('names the insatser to untick, the fewer first', async () => {
    const { resolveCase } = await import('../../../extension/prefill/case-from-records.ts');
    const records = {
      providers: [
        { id: 'p1', name: 'Hälsopartner AB', organisationsnummer: '556677-8899', fkApproved: true },
        { id: 'p2', name: 'Annan Hälsa AB', organisationsnummer: '202100-5489', fkApproved: true },
      ],
      employers: [
        {
          id: 'e1',
          name: 'Exempel Bygg AB',
          organisationsnummer: '556016-0680',
          sector: 'privat',
          afaAgreement: 'AGS',
        },
      ],
      employees: [
        {
          id: 'm1',
          employerId: 'e1',
          name: 'Sven Svensson',
          personnummer: '19121212-1212',
          group: 'arbetare',
        },
      ],
      insatser: [
        {
          id: 'i1',
          employeeId: 'm1',
          providerId: 'p1',
          name: 'Utredning',
          performedOn: '2026-01-19',
        },
        {
          id: 'i2',
          employeeId: 'm1',
          providerId: 'p1',
          name: 'Stödsamtal',
          performedOn: '2026-02-02',
        },
        {
          id: 'i3',
          employeeId: 'm1',
          providerId: 'p2',
          name: 'Samtal hos annan',
          performedOn: '2026-02-09',
        },
      ],
      applications: [],
    } as never;
    const r = resolveCase(records, { employeeId: 'm1', insatsIds: ['i1', 'i2', 'i3'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.sv).toContain('Avmarkera: Samtal hos annan (2026-02-09, Annan Hälsa AB)');
    expect(r.sv).not.toContain('Utredning');
    expect(r.en).toContain('Untick: Samtal hos annan');
  });
});
