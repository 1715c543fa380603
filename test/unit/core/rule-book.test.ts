/**
 * The core against the rule book itself (shared/domain/rules.md), so that a changed table in the
 * code, or in the book, shows up as a failing test rather than as a wrong number for a user.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateSplit } from '../../../core/estimate/estimate.ts';
import { CATEGORIES, CATEGORY_IDS } from '../../../core/rules/categories.ts';
import { RULE_IDS } from '../../../core/rules/rule-ids.ts';

const book = readFileSync(new URL('../../../../shared/domain/rules.md', import.meta.url), 'utf8');

/** Rows of the "Insats categories and who pays" table: id → [fk, afa]. */
function categoryTable(): Map<string, { fk: boolean; afa: boolean }> {
  const rows = new Map<string, { fk: boolean; afa: boolean }>();
  for (const line of book.split('\n')) {
    const m = /^\| `([a-z_]+)` \|[^|]*\| (yes|no) \| (yes|no) \|/.exec(line);
    if (m) rows.set(m[1]!, { fk: m[2] === 'yes', afa: m[3] === 'yes' });
  }
  return rows;
}

describe('the rule book and the core agree', () => {
  it('every category in rules.md exists with the same FK and Afa eligibility', () => {
    const table = categoryTable();
    expect(table.size).toBe(CATEGORY_IDS.length);
    for (const [id, who] of table) {
      const c = CATEGORIES[id as keyof typeof CATEGORIES];
      expect(c, id).toBeDefined();
      expect({ id, fk: c.fk, afa: c.afa }).toEqual({ id, ...who });
    }
  });

  it('every rule id in rules.md is known to the core, and no other', () => {
    const ids = [...book.matchAll(/^\| ((?:FK|AFA)-[A-Z0-9-]+) \|/gm)].map((m) => m[1]);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
  });
});

const oneInsats = (cost: number, prior?: { employee: number; employer: number }) =>
  estimateSplit({
    asOf: '2026-06-01',
    employer: { sector: 'privat', afaAgreement: 'AGS' },
    employee: { group: 'arbetare' },
    provider: { fkApproved: true },
    insatser: [
      {
        id: 'a',
        category: 'stodsamtal',
        startedOn: '2026-03-02',
        performedOn: '2026-03-02',
        cost,
      },
    ],
    ...(prior ? { priorFkGrants: { '2026': prior } } : {}),
  }).lines[0]!;

describe('amounts a user would see wrong', () => {
  it('a grant cut by a cap is still whole kronor, rounded down', () => {
    // 20 000 − 100,50 leaves 19 899,50: the grant is 19 899, never 19 899,50 or 19 900.
    const line = oneInsats(60_000, { employee: 100.5, employer: 100.5 });
    expect(line.fk).toBe(19_899);
    expect(line.employer).toBe(60_000 - 19_899);
  });

  it('what an employee got earlier in the input counts against the employer’s cap for the next', () => {
    const r = estimateSplit({
      asOf: '2026-06-01',
      employer: { sector: 'privat', afaAgreement: 'AGS' },
      employee: { group: 'arbetare' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'a',
          category: 'stodsamtal',
          startedOn: '2026-03-02',
          performedOn: '2026-03-02',
          cost: 6000,
        },
        {
          id: 'b',
          category: 'stodsamtal',
          startedOn: '2026-04-02',
          performedOn: '2026-04-02',
          cost: 6000,
        },
      ],
      priorFkGrants: { '2026': { employee: 0, employer: 195_000 } },
    });
    expect(r.lines.map((l) => l.fk)).toEqual([3000, 2000]);
  });

  it('a short retraining course (omskolning) is Afa’s, and only Afa’s', () => {
    const r = estimateSplit({
      asOf: '2026-06-01',
      employer: { sector: 'privat', afaAgreement: 'AGS' },
      employee: { group: 'arbetare' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'k',
          category: 'omskolning',
          startedOn: '2026-03-02',
          performedOn: '2026-03-20',
          cost: 9000,
        },
      ],
    });
    expect(r.lines[0]).toMatchObject({ fk: 0, afa: 4500, employer: 4500 });
  });
});
