/**
 * The invoice basis the panel downloads for the saved application a2 (the e2e fixture): it lists
 * all four chosen insatser (29 500 kr), but the application to FK is about the two FK pays a part
 * of (18 500 kr, FK 9 250 kr). Each row says whether it is in the application, and the claim's own
 * total equals the cost the application states, so a reader at FK is not left to wonder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../core/prefill/case.ts';
import { resolveCase } from '../../../extension/prefill/case-from-records.ts';
import { invoiceBasisCsv } from '../../../extension/prefill/invoice-basis.ts';
import type { RecordsBundle } from '../../../extension/prefill/records-source.ts';

const records: RecordsBundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/eservice/records.json'), 'utf8'),
).records;
const AS_OF = '2026-11-22';

function a2() {
  const resolved = resolveCase(records, { employeeId: 'm1', insatsIds: [], applicationId: 'a2' });
  if (!resolved.ok) throw new Error(resolved.en);
  return resolved.case;
}
const table = (csv: string) => Papa.parse<string[]>(csv, { delimiter: ';' }).data;
const rowOf = (cells: string[][], first: string) => cells.find((r) => r[0] === first)!;
const byName = (cells: string[][], name: string) => cells.find((r) => r[1] === name)!;

describe('the invoice basis CSV of an application to FK', () => {
  it('marks the rows in the FK application and totals them to the application’s cost', () => {
    const c = a2();
    const check = checkCase(c, AS_OF);
    const cells = table(invoiceBasisCsv(c, AS_OF));
    const header = rowOf(cells, 'Datum / Date');
    const inClaim = header.indexOf('I ansökan till FK / In the FK application');
    const cost = header.indexOf('Kostnad (kr) / Cost (kr)');
    const fk = header.indexOf('FK (kr)');
    expect(inClaim).toBe(8);
    // Every column is named in Swedish, then English where the words differ.
    expect(header.slice(0, 4)).toEqual([
      'Datum / Date',
      'Insats',
      'Utförare / Performed by',
      'Kompetens / Competence',
    ]);
    expect(byName(cells, 'Utreda arbetsförmåga')[inClaim]).toBe('Ja / Yes');
    expect(byName(cells, 'Stödsamtal')[inClaim]).toBe('Ja / Yes');
    // Afa pays part of the therapy, nobody of the health profile: neither is in FK's claim.
    expect(byName(cells, 'Samtalsbehandling hos psykolog')[inClaim]).toBe('Nej / No');
    expect(byName(cells, 'Hälsoprofil')[inClaim]).toBe('Nej / No');

    const claim = rowOf(cells, 'Summa ansökan till FK / Total of the FK application');
    expect(claim[cost]).toBe('18500');
    expect(claim[fk]).toBe('9250');
    // The same numbers the panel fills in: the cost applied for and FK's part.
    expect(check.application?.amount).toBe(18500);
    expect(check.fkGrant).toBe(9250);

    const all = rowOf(cells, 'Summa alla insatser / Total of all insatser');
    expect(all[cost]).toBe('29500');
    expect(all[fk]).toBe('9250');
    expect(all[fk + 1]).toBe('4500');
  });

  it('keeps a colleague-capped insats out of the claim when FK pays nothing of it', () => {
    const c = a2();
    // Ten colleagues at the same employer used its whole 200 000 kr earlier that year.
    const colleagues = Array.from({ length: 10 }, (_, n) => ({
      employer: c.employer,
      employee: { ...c.employee, id: `k${n}`, name: `Kollega ${n}` },
      providers: [c.provider],
      insatser: [
        {
          ...c.insatser[0]!,
          id: `ki${n}`,
          employeeId: `k${n}`,
          startedOn: '2026-01-02',
          performedOn: '2026-01-02',
          cost: 40000,
        },
      ],
      applications: [],
    }));
    const capped = { ...c, colleagues };
    const cells = table(invoiceBasisCsv(capped, AS_OF));
    const claim = rowOf(cells, 'Summa ansökan till FK / Total of the FK application');
    expect(claim.slice(4, 6)).toEqual(['0', '0']);
    expect(byName(cells, 'Utreda arbetsförmåga')[8]).toBe('Nej / No');
    expect(checkCase(capped, AS_OF).fkGrant).toBe(0);
  });
});
