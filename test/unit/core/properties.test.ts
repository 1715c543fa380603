import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  type EstimateInput,
  EstimateInputSchema,
  estimateSplit,
  FK_EMPLOYEE_CAP,
  FK_EMPLOYER_CAP,
  maxInYear,
  toIsoDate,
  valueOn,
  yearOf,
} from '../../../core/index.ts';

const day = fc
  .date({ min: new Date(2023, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true })
  .map((d) => toIsoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate())));

const insats = fc
  .record({
    category: fc.constantFrom(...CATEGORY_IDS),
    a: day,
    b: day,
    ore: fc.integer({ min: 0, max: 20_000_000 }),
    vatOre: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
  })
  .map(({ category, a, b, ore, vatOre }) => ({
    category,
    startedOn: a < b ? a : b,
    performedOn: a < b ? b : a,
    cost: ore / 100,
    ...(vatOre === undefined ? {} : { vat: vatOre / 100 }),
  }));

const input: fc.Arbitrary<EstimateInput> = fc
  .record({
    asOf: day,
    sector: fc.constantFrom('kommun', 'region', 'privat', 'stat') as fc.Arbitrary<
      'kommun' | 'region' | 'privat' | 'stat'
    >,
    afaAgreement: fc.constantFrom('AGS-KL', 'AGS', 'none') as fc.Arbitrary<
      'AGS-KL' | 'AGS' | 'none'
    >,
    group: fc.constantFrom('arbetare', 'tjansteman') as fc.Arbitrary<'arbetare' | 'tjansteman'>,
    fkApproved: fc.boolean(),
    medarbetaravtal: fc.option(fc.boolean(), { nil: undefined }),
    deductsVat: fc.option(fc.boolean(), { nil: undefined }),
    insatser: fc.array(insats, { minLength: 1, maxLength: 12 }),
    prior: fc.option(
      fc.record({
        year: fc.constantFrom('2023', '2024', '2025', '2026'),
        employee: fc.integer({ min: 0, max: 25_000 }),
        employer: fc.integer({ min: 0, max: 210_000 }),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    asOf: r.asOf,
    employer: {
      sector: r.sector,
      afaAgreement: r.afaAgreement,
      ...(r.medarbetaravtal === undefined ? {} : { medarbetaravtal: r.medarbetaravtal }),
      ...(r.deductsVat === undefined ? {} : { deductsVat: r.deductsVat }),
    },
    employee: { group: r.group },
    provider: { fkApproved: r.fkApproved },
    insatser: r.insatser.map((i, n) => ({ ...i, id: `i${n}` })),
    ...(r.prior
      ? {
          priorFkGrants: {
            [r.prior.year]: {
              employee: r.prior.employee,
              employer: Math.max(r.prior.employee, r.prior.employer),
            },
          },
        }
      : {}),
  }));

const ore = (n: number) => Math.round(n * 100);

describe('estimateSplit, for any valid input', () => {
  it('the generated inputs are valid by the schema', () => {
    fc.assert(fc.property(input, (i) => EstimateInputSchema.safeParse(i).success));
  });

  it('FK + Afa + employer equals the cost the employer bore, on every line and in total', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = estimateSplit(i);
        const deducts = i.employer.deductsVat ?? true;
        r.lines.forEach((l, n) => {
          const ins = i.insatser[n]!;
          // What the employer bore: VAT counts only when it cannot deduct it.
          expect(ore(l.cost)).toBe(ore(ins.cost) + (deducts ? 0 : ore(ins.vat ?? 0)));
          expect(ore(l.fk) + ore(l.afa) + ore(l.employer)).toBe(ore(l.cost));
        });
        expect(ore(r.totals.fk) + ore(r.totals.afa) + ore(r.totals.employer)).toBe(
          ore(r.totals.cost),
        );
      }),
    );
  });

  it('no grant is negative, above half the cost, or in öre', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const l of estimateSplit(i).lines) {
          for (const g of [l.fk, l.afa]) {
            expect(g).toBeGreaterThanOrEqual(0);
            expect(ore(g) * 2).toBeLessThanOrEqual(ore(l.cost));
            expect(Number.isInteger(g)).toBe(true);
          }
          expect(l.employer).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('Afa never pays more than half the cost excluding VAT (AFA-VAT)', () => {
    fc.assert(
      fc.property(input, (i) => {
        estimateSplit(i).lines.forEach((l, n) => {
          expect(ore(l.afa) * 2).toBeLessThanOrEqual(ore(i.insatser[n]!.cost));
        });
      }),
    );
  });

  it('deductible VAT changes no amount: the same input without VAT gives the same split', () => {
    fc.assert(
      fc.property(input, (i) => {
        const deducting = { ...i, employer: { ...i.employer, deductsVat: true } };
        const noVat = {
          ...deducting,
          insatser: deducting.insatser.map(({ vat: _vat, ...rest }) => rest),
        };
        const pick = (r: ReturnType<typeof estimateSplit>) =>
          r.lines.map((l) => [l.cost, l.fk, l.afa, l.employer]);
        expect(pick(estimateSplit(deducting))).toEqual(pick(estimateSplit(noVat)));
      }),
    );
  });

  it('never exceeds the employee or employer cap in any year, counting earlier grants', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = estimateSplit(i);
        const perYear = new Map<number, number>();
        i.insatser.forEach((ins, n) => {
          const y = yearOf(ins.performedOn);
          perYear.set(y, (perYear.get(y) ?? 0) + (r.lines[n]?.fk ?? 0));
          // An insats never gets more than its own regime's cap.
          expect(r.lines[n]?.fk ?? 0).toBeLessThanOrEqual(valueOn(FK_EMPLOYEE_CAP, ins.startedOn));
        });
        for (const [y, fk] of perYear) {
          const prior = i.priorFkGrants?.[String(y)];
          const employeeCap = maxInYear(FK_EMPLOYEE_CAP, y);
          expect(fk).toBeLessThanOrEqual(Math.max(0, employeeCap - (prior?.employee ?? 0)));
          expect(fk).toBeLessThanOrEqual(
            Math.max(0, maxInYear(FK_EMPLOYER_CAP, y) - (prior?.employer ?? 0)),
          );
        }
      }),
    );
  });

  it('does not depend on the order of the insatser', () => {
    fc.assert(
      fc.property(input, fc.func(fc.integer()), (i, key) => {
        const shuffled = { ...i, insatser: [...i.insatser].sort((a, b) => key(a.id) - key(b.id)) };
        const a = estimateSplit(i);
        const b = estimateSplit(shuffled);
        const byId = (r: typeof a) =>
          Object.fromEntries(r.lines.map((l) => [l.id, [l.fk, l.afa, l.employer]]));
        expect(byId(b)).toEqual(byId(a));
        expect(b.totals).toEqual(a.totals);
        expect(b.deadlines.map((d) => `${d.payer}${d.date}${d.passed}`)).toEqual(
          a.deadlines.map((d) => `${d.payer}${d.date}${d.passed}`),
        );
        // Lines keep the caller's order.
        expect(b.lines.map((l) => l.id)).toEqual(shuffled.insatser.map((x) => x.id));
      }),
    );
  });

  it('names at least one rule for every line, and every rule id it names exists', async () => {
    const { RULE_IDS } = await import('../../../core/rules/rule-ids.ts');
    fc.assert(
      fc.property(input, (i) => {
        const r = estimateSplit(i);
        for (const l of r.lines) {
          expect(l.rules.length).toBeGreaterThan(0);
          for (const id of l.rules) expect(RULE_IDS).toContain(id);
        }
        for (const e of r.explanations) {
          expect(e.sv.length).toBeGreaterThan(0);
          expect(e.en.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
