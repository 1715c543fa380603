import { describe, expect, it } from 'vitest';
import { type EstimateInput, estimateSplit } from '../../../core/index.ts';

const base = (over: Partial<EstimateInput['employer']> = {}): EstimateInput => ({
  asOf: '2026-06-01',
  employer: { sector: 'privat', afaAgreement: 'AGS', ...over },
  employee: { group: 'tjansteman' },
  provider: { fkApproved: true },
  insatser: [
    {
      id: 'samtal',
      category: 'psykologbehandling',
      startedOn: '2026-03-16',
      performedOn: '2026-04-27',
      cost: 9000,
    },
  ],
});

describe('AFA-WHO with a medarbetaravtal', () => {
  it('a private salaried employee is covered when the employer has a medarbetaravtal', () => {
    const line = estimateSplit(base({ medarbetaravtal: true })).lines[0]!;
    expect(line.afa).toBe(4500);
    expect(line.answer.afa).toBe('ja');
    expect(line.rules).toContain('AFA-WHO');
  });

  it('without one, Afa says a definite no and names the agreement', () => {
    const r = estimateSplit(base({ medarbetaravtal: false }));
    expect(r.lines[0]!.afa).toBe(0);
    expect(r.lines[0]!.answer.afa).toBe('nej');
    expect(r.explanations.find((e) => e.rule === 'AFA-WHO')?.sv).toMatch(/medarbetaravtal/);
  });

  it('when nobody was asked, the amount follows the default (none) and the answer is kanske', () => {
    const r = estimateSplit(base());
    expect(r.lines[0]!.afa).toBe(0);
    expect(r.lines[0]!.answer.afa).toBe('kanske');
  });

  it('a medarbetaravtal does not matter for municipal staff or state employers', () => {
    const kommun = estimateSplit(base({ sector: 'kommun', afaAgreement: 'AGS-KL' }));
    expect(kommun.lines[0]!.afa).toBe(4500);
    const stat = estimateSplit(
      base({ sector: 'stat', afaAgreement: 'none', medarbetaravtal: true }),
    );
    expect(stat.lines[0]!.afa).toBe(0);
    expect(stat.lines[0]!.answer.afa).toBe('nej');
  });
});

describe('VAT (AFA-VAT and the VAT assumption)', () => {
  const withVat = (deductsVat?: boolean): EstimateInput => ({
    asOf: '2026-06-01',
    employer: {
      sector: 'privat',
      afaAgreement: 'AGS',
      ...(deductsVat === undefined ? {} : { deductsVat }),
    },
    employee: { group: 'arbetare' },
    provider: { fkApproved: true },
    insatser: [
      {
        id: 'kurs',
        category: 'stresshantering',
        startedOn: '2026-04-13',
        performedOn: '2026-05-11',
        cost: 10_001,
        vat: 2_500.5,
      },
    ],
  });

  it('an employer that deducts VAT (the default) bears and is paid on the cost excluding VAT', () => {
    const line = estimateSplit(withVat()).lines[0]!;
    expect(line).toMatchObject({ cost: 10_001, fk: 5000, afa: 5000, employer: 1, vat: 2500.5 });
    expect(line.vatIncluded).toBe(false);
  });

  it('an employer that cannot deduct VAT gets FK half of the cost with VAT, Afa half without', () => {
    const r = estimateSplit(withVat(false));
    const line = r.lines[0]!;
    expect(line).toMatchObject({ cost: 12_501.5, fk: 6250, afa: 5000, vatIncluded: true });
    expect(line.employer).toBe(1251.5);
    expect(line.rules).toContain('AFA-VAT');
    expect(r.totals.cost).toBe(12_501.5);
  });

  it('says the VAT treatment for FK is an assumption, in both languages, whenever there is VAT', () => {
    for (const deducts of [true, false]) {
      const said = estimateSplit(withVat(deducts)).explanations.filter((e) => e.assumption);
      expect(said).toHaveLength(1);
      expect(said[0]!.sv).toMatch(/Antagande.*moms/);
      expect(said[0]!.en).toMatch(/Assumption.*VAT/);
    }
  });

  it('no VAT, no VAT sentence', () => {
    const input = withVat(false);
    input.insatser[0]!.vat = 0;
    const r = estimateSplit(input);
    expect(r.explanations.some((e) => e.assumption || e.rule === 'AFA-VAT')).toBe(false);
    expect(r.lines[0]!.rules).not.toContain('AFA-VAT');
  });
});

describe('grants already received count in their own year', () => {
  it('a 2025 insats on 2026-01-15 is capped by what the employee got in 2025', () => {
    const r = estimateSplit({
      asOf: '2026-01-15',
      employer: { sector: 'privat', afaAgreement: 'AGS' },
      employee: { group: 'arbetare' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'samtal',
          category: 'stodsamtal',
          startedOn: '2025-11-03',
          performedOn: '2025-11-24',
          cost: 40_000,
        },
      ],
      priorFkGrants: { '2025': { employee: 15_000, employer: 15_000 } },
    });
    expect(r.lines[0]!.fk).toBe(5000);
  });
});
