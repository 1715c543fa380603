/** Small, valid records for the records tests (identifiers pass their check digits). */
import type { RecordsSet } from '../../../core/store/records.ts';

export function sampleRecords(): RecordsSet {
  return {
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
        id: 'ag-212000-0142',
        name: 'Exempelby kommun',
        organisationsnummer: '212000-0142',
        sector: 'kommun',
        afaAgreement: 'AGS-KL',
      },
      {
        id: 'ag-556012-3456',
        name: 'Verkstaden AB',
        organisationsnummer: '556012-3456',
        sector: 'privat',
        afaAgreement: 'AGS',
      },
    ],
    employees: [
      {
        id: 'm-anna',
        employerId: 'ag-212000-0142',
        name: 'Anna Andersson',
        personnummer: '19850712-1237',
        group: 'arbetare',
      },
      {
        id: 'm-kim',
        employerId: 'ag-556012-3456',
        name: 'Kim Karlsson',
        personnummer: '19900315-2346',
        group: 'tjansteman',
      },
    ],
    insatser: [
      {
        id: 'i1',
        employeeId: 'm-anna',
        category: 'utredning',
        name: 'Utreda arbetsförmåga',
        kinds: ['utreda'],
        startedOn: '2026-03-02',
        performedOn: '2026-03-10',
        performer: 'Eva Ek',
        competence: 'Leg. psykolog',
        cost: 3000,
        positions: [{ text: 'Anna kan arbeta 50 % med anpassade uppgifter.' }],
      },
      {
        id: 'i2',
        employeeId: 'm-anna',
        category: 'psykologbehandling',
        name: 'Samtalsbehandling',
        kinds: ['genomfora'],
        startedOn: '2026-04-01',
        performedOn: '2026-06-15',
        performer: 'Eva Ek',
        competence: 'Leg. psykolog',
        cost: 12000,
      },
      {
        id: 'i3',
        employeeId: 'm-kim',
        category: 'stodsamtal',
        name: 'Stödsamtal',
        kinds: ['genomfora'],
        startedOn: '2025-11-03',
        performedOn: '2025-11-03',
        performer: 'Olle Berg',
        competence: 'Beteendevetare',
        cost: 1850.5,
      },
    ],
    applications: [
      {
        id: 'a1',
        payer: 'fk',
        employerId: 'ag-556012-3456',
        employeeId: 'm-kim',
        insatsIds: ['i3'],
        year: 2025,
        status: 'inskickad',
        amount: 925,
        submittedOn: '2026-01-10',
      },
    ],
  };
}

/** One sample record by id; throws when the sample has none, so a test cannot pass on undefined. */
export function sampleOf<K extends keyof RecordsSet>(kind: K, id: string): RecordsSet[K][number] {
  const found = (sampleRecords()[kind] as { id: string }[]).find((r) => r.id === id);
  if (!found) throw new Error(`no sample ${kind} ${id}`);
  return found as RecordsSet[K][number];
}
