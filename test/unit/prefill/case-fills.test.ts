/**
 * What a checked case fills, where a slip would put a wrong figure or a wrong name into FK's
 * application: the amount and period of the insatser FK takes part in, the year, the contact
 * person, and the problems that must stop or warn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrganisationsnummer as parseOrgnr } from '../../../core/ids/index.ts';
import { checkCase, mayFill, type PrefillCase } from '../../../core/prefill/case.ts';
import type { RecordsBundle } from '../../../extension/prefill/records-source.ts';

const records: RecordsBundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
).records;
const provider = records.providers[0]!;
const employer = records.employers[0]!;
const employee = records.employees[0]!;
const [i1, i2] = records.insatser as [RecordsBundle['insatser'][0], RecordsBundle['insatser'][0]];
const AS_OF = '2026-06-01';

const base: PrefillCase = {
  provider,
  employer,
  employee,
  insatser: [i1, i2],
  attachmentName: 'fakturaunderlag-2026.csv',
};

/** Talk therapy: Afa pays for it, FK does not. */
const afaOnly = {
  ...i2,
  id: 'afa',
  category: 'psykologbehandling',
  name: 'Psykologbehandling',
  startedOn: '2026-01-02',
  performedOn: '2026-01-05',
  cost: 9000,
  vat: 2250,
} as RecordsBundle['insatser'][0];

describe('the amount and period filled are those of the insatser FK takes part in', () => {
  it('leaves an Afa-only insats out of the amount, the VAT figures and the period', () => {
    const check = checkCase({ ...base, insatser: [i1, i2, afaOnly] }, AS_OF);
    expect(mayFill(check)).toBe(true);
    expect(check.fkGrant).toBe(9250);
    expect(check.values).toMatchObject({
      amount: '18\u00a0500',
      'amount.exVat': '18\u00a0500',
      'amount.incVat': '18\u00a0500',
      'period.from': i1.startedOn,
      'period.to': i2.performedOn,
    });
  });

  it('stops a case of Afa-only insatser: FK pays nothing, and nothing is filled', () => {
    const check = checkCase({ ...base, insatser: [afaOnly] }, AS_OF);
    expect(check.fkGrant).toBe(0);
    expect(mayFill(check)).toBe(false);
    expect(check.problems.some((p) => p.severity === 'stop' && p.sv.includes('inget'))).toBe(true);
  });

  it('fills whole kronor and warns when the records hold öre', () => {
    const oere = checkCase({ ...base, insatser: [{ ...i2, cost: 6500.5 }] }, AS_OF);
    expect(oere.values?.amount).toBe('6\u00a0501');
    expect(oere.problems.map((p) => p.sv)).toContain(
      'E-tjänsten tar hela kronor; beloppet har avrundats.',
    );
    const whole = checkCase({ ...base, insatser: [i2] }, AS_OF);
    expect(whole.problems).toEqual([]);
  });

  it('counts the employee’s own insatser once when the colleagues list holds the employee too', () => {
    // Nine colleagues used 180 000 kr of the employer's 200 000 kr: 20 000 kr are left for Sven.
    const colleague = (n: number) => ({
      employer,
      employee: { ...employee, id: `k${n}`, name: `Kollega ${n}` },
      providers: [provider],
      insatser: [{ ...i2, id: `k${n}-i`, employeeId: `k${n}`, cost: 40000 }],
      applications: [],
    });
    const colleagues = Array.from({ length: 9 }, (_, n) => colleague(n));
    const big = { ...i2, cost: 40000 };
    const own = { ...base, insatser: [big], colleagues };
    expect(checkCase(own, AS_OF).fkGrant).toBe(20000);
    const self = { employer, employee, providers: [provider], insatser: [big], applications: [] };
    expect(checkCase({ ...own, colleagues: [...colleagues, self] }, AS_OF).fkGrant).toBe(20000);
  });
});

describe('the year', () => {
  it('is the saved application’s, and a saved application of another year than its insatser stops', () => {
    const application = { ...records.applications![0]!, amount: 9250 };
    const same = checkCase({ ...base, application }, AS_OF);
    expect(same.values?.year).toBe('2026');
    // The saved amount is the records' split: nothing to warn about.
    expect(same.problems).toEqual([]);
    const other = checkCase({ ...base, application: { ...application, year: 2025 } }, AS_OF);
    expect(mayFill(other)).toBe(false);
    expect(other.problems.map((p) => p.sv)).toContain(
      'Insatserna genomfördes under olika år. Gör en ansökan per år.',
    );
  });

  it('needs at least one insats', () => {
    const check = checkCase({ ...base, insatser: [] }, AS_OF);
    expect(mayFill(check)).toBe(false);
    expect(check.fkGrant).toBe(0);
    expect(check.problems).toEqual([
      { sv: 'Välj minst en insats.', en: 'Choose at least one insats.', severity: 'stop' },
    ]);
  });
});

describe('the contact person', () => {
  it('is filled from the employer’s contact, with the name split', () => {
    const check = checkCase(base, AS_OF);
    expect(check.values).toMatchObject({
      'contact.name': 'Karin Lind',
      'contact.firstName': 'Karin',
      'contact.lastName': 'Lind',
      'contact.phone': '070-123 45 67',
      'contact.email': 'karin.lind@exempelbygg.se',
    });
  });

  it('is left to the user when the records hold none: no placeholder reaches the page', () => {
    const { contact: _none, ...withoutContact } = employer;
    const check = checkCase({ ...base, employer: withoutContact }, AS_OF);
    expect(mayFill(check)).toBe(true);
    const keys = Object.keys(check.values ?? {});
    expect(keys.filter((k) => k.startsWith('contact.'))).toEqual([]);
    expect(JSON.stringify(check.values)).not.toContain('saknas@example.invalid');
  });
});

function normalised(orgnr: string): string {
  const parsed = parseOrgnr(orgnr);
  if (!parsed.ok) throw new Error(orgnr);
  return parsed.normalized;
}

describe('FK’s list of approved providers', () => {
  const list = (listDate: string, listed: boolean) =>
    ({
      listDate,
      providers: listed ? [{ organisationsnummer: normalised(provider.organisationsnummer) }] : [],
    }) as never;

  it('is the one in force when the latest insats was done, whatever the order of the insatser', () => {
    // Listed in January, gone from the list of 1 February: the talk on 2 February is not covered.
    const lists = [list('2026-01-01', true), list('2026-02-01', false)];
    const check = checkCase({ ...base, insatser: [i2, i1], approvedLists: lists }, AS_OF);
    expect(
      check.problems.some((p) => p.severity === 'warn' && p.sv.includes('1 februari 2026')),
    ).toBe(true);
    const listedLater = [list('2026-01-01', false), list('2026-02-01', true)];
    expect(
      checkCase({ ...base, insatser: [i2, i1], approvedLists: listedLater }, AS_OF).problems,
    ).toEqual([]);
  });
});
