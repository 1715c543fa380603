import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedScenario } from '../../../core/schema/saved-estimate.ts';
import {
  deleteSavedEstimate,
  type EstimatesDb,
  getSavedEstimate,
  listSavedEstimates,
  openEstimatesDb,
  saveEstimate,
} from '../../../core/store/estimates.ts';

let n = 0;
const opened: EstimatesDb[] = [];
async function freshDb(): Promise<EstimatesDb> {
  const db = await openEstimatesDb(`estimates-test-${++n}-${Date.now()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const lena: SavedScenario = {
  employer: { sector: 'region', afaAgreement: 'AGS-KL' },
  employee: { group: 'tjansteman' },
  provider: { fkApproved: true },
  insatser: [
    {
      id: 'i1',
      category: 'stresshantering',
      startedOn: '2026-09-04',
      performedOn: '2026-09-29',
      cost: 18000,
    },
  ],
};

describe('saved widget estimates', () => {
  it('saves, lists newest first, reopens and deletes', async () => {
    const db = await freshDb();
    const a = await saveEstimate(
      db,
      { name: 'Stresskurs', scenario: lena },
      new Date('2026-01-01'),
    );
    const b = await saveEstimate(
      db,
      { name: '  Utredning  ', scenario: lena },
      new Date('2026-02-01'),
    );
    expect(a.ok && b.ok).toBe(true);
    const list = await listSavedEstimates(db);
    expect(list.estimates.map((e) => e.name)).toEqual(['Utredning', 'Stresskurs']);
    expect(list.unreadable).toBe(0);
    if (!a.ok) throw new Error('not saved');
    expect((await getSavedEstimate(db, a.estimate.id))?.scenario).toEqual(lena);
    await deleteSavedEstimate(db, a.estimate.id);
    expect((await listSavedEstimates(db)).estimates.map((e) => e.name)).toEqual(['Utredning']);
  });

  it('saving again under the same id replaces the estimate instead of adding one', async () => {
    const db = await freshDb();
    const first = await saveEstimate(db, { name: 'Kurs', scenario: lena });
    if (!first.ok) throw new Error('not saved');
    const cheaper = { ...lena, insatser: [{ ...lena.insatser[0]!, cost: 9000 }] };
    await saveEstimate(db, { id: first.estimate.id, name: 'Kurs', scenario: cheaper });
    const list = await listSavedEstimates(db);
    expect(list.estimates).toHaveLength(1);
    expect(list.estimates[0]?.scenario.insatser[0]?.cost).toBe(9000);
  });

  it('refuses a name that holds a personnummer and writes nothing', async () => {
    const db = await freshDb();
    for (const name of ['Anna 19850312-1234', 'kalkyl 8503121234', '198503121234']) {
      const r = await saveEstimate(db, { name, scenario: lena });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.reason.sv).toContain('personnummer');
    }
    expect((await listSavedEstimates(db)).estimates).toEqual([]);
  });

  it('allows names with years and amounts, which are not personal', async () => {
    const db = await freshDb();
    const r = await saveEstimate(db, { name: 'Stöd 2026, 12 000 kr', scenario: lena });
    expect(r.ok).toBe(true);
  });

  it('refuses an empty name and an invalid scenario with reasons in both languages', async () => {
    const db = await freshDb();
    const empty = await saveEstimate(db, { name: '   ', scenario: lena });
    expect(empty.ok).toBe(false);
    const bad = await saveEstimate(db, {
      name: 'Fel',
      scenario: { ...lena, insatser: [{ ...lena.insatser[0]!, cost: -5 }] },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors[0]?.reason.sv).toContain('negativt');
      expect(bad.errors[0]?.reason.en).toContain('negative');
    }
  });

  it('never stores a field the schema does not know (e.g. a name of a person)', async () => {
    const db = await freshDb();
    const sneaky = { ...lena, employee: { group: 'arbetare', name: 'Anna Andersson' } };
    const r = await saveEstimate(db, { name: 'Kalkyl', scenario: sneaky as SavedScenario });
    if (!r.ok) throw new Error('not saved');
    const raw = await db.get('estimates', r.estimate.id);
    expect(JSON.stringify(raw)).not.toContain('Anna');
  });

  it('counts a record it cannot read and leaves it in place', async () => {
    const db = await freshDb();
    await saveEstimate(db, { name: 'Bra', scenario: lena });
    await db.put('estimates', {
      id: 'broken',
      name: 'x',
      savedAt: '2026-01-01T00:00:00Z',
    } as never);
    const list = await listSavedEstimates(db);
    expect(list.estimates.map((e) => e.name)).toEqual(['Bra']);
    expect(list.unreadable).toBe(1);
    expect(await db.get('estimates', 'broken')).toBeDefined();
  });
});
