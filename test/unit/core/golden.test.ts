import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitEstimate } from '../../../core/estimate/split.ts';
import { EstimateInputSchema, estimateSplit } from '../../../core/index.ts';

// The golden cases live in shared/, beside the repository; read them at test time, never a copy.
const path = fileURLToPath(new URL('../../../../shared/domain/golden-cases.json', import.meta.url));
const { cases } = JSON.parse(readFileSync(path, 'utf8')) as {
  cases: {
    name: string;
    why: string;
    input: unknown;
    expected: {
      lines: { id: string; fk: number; afa: number }[];
      totals: { cost: number; fk: number; afa: number; employer: number };
      deadlines: { payer: string; date: string }[];
    };
  }[];
};

describe('golden cases from shared/domain/golden-cases.json', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(19);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.why}`, () => {
      const parsed = EstimateInputSchema.safeParse(c.input);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      if (!parsed.success) return;
      const result = estimateSplit(parsed.data);
      expect(result.lines.map(({ id, fk, afa }) => ({ id, fk, afa }))).toEqual(c.expected.lines);
      expect(result.totals).toEqual(c.expected.totals);
      const deadlines = result.deadlines.map(({ payer, date }) => `${payer} ${date}`).sort();
      expect(deadlines).toEqual(
        c.expected.deadlines.map(({ payer, date }) => `${payer} ${date}`).sort(),
      );
      for (const line of result.lines) {
        expect(line.fk + line.afa + line.employer).toBeCloseTo(line.cost, 2);
        expect(line.rules.length).toBeGreaterThan(0);
      }
    });
  }

  // The widget's first view splits without the sentences (its first file holds none of them): the
  // numbers, rules, answers and deadlines must be the very same as with them.
  for (const c of cases) {
    it(`${c.name}: the same split without the explanations' sentences`, () => {
      const parsed = EstimateInputSchema.safeParse(c.input);
      if (!parsed.success) throw new Error(c.name);
      const full = estimateSplit(parsed.data);
      const bare = splitEstimate(parsed.data);
      expect(bare.explanations).toEqual([]);
      expect({ ...bare, explanations: full.explanations }).toEqual(full);
    });
  }
});
