/**
 * What an estimate says, word for word, in both languages: the reasons, rule ids, answers and
 * deadlines users read beside the numbers. A change to any of them shows up here as a snapshot
 * diff to review (`npx vitest run -u` after checking it is intended).
 */
import { describe, expect, it } from 'vitest';
import { type EstimateInput, estimateSplit } from '../../../core/index.ts';

type Employer = EstimateInput['employer'];
type Insats = EstimateInput['insatser'][number];

const insats = (
  id: string,
  category: Insats['category'],
  on: string,
  cost: number,
  more: Partial<Insats> = {},
): Insats => ({
  id,
  category,
  startedOn: on,
  performedOn: on,
  cost,
  ...more,
});

const scenario = (
  employer: Employer,
  group: EstimateInput['employee']['group'],
  insatser: Insats[],
  more: Partial<EstimateInput> = {},
): EstimateInput => ({
  asOf: '2026-06-01',
  employer,
  employee: { group },
  provider: { fkApproved: true },
  insatser,
  ...more,
});

const privat: Employer = { sector: 'privat', afaAgreement: 'AGS' };
const kommun: Employer = { sector: 'kommun', afaAgreement: 'AGS-KL' };

const SCENARIOS: Record<string, EstimateInput> = {
  'both payers for a course, FK and Afa deadlines, municipal staff': scenario(
    kommun,
    'tjansteman',
    [
      insats('kurs', 'stresshantering', '2026-02-02', 18000),
      insats('samtal', 'psykologbehandling', '2026-03-02', 12000),
      insats('utredning', 'utredning', '2026-01-12', 3000),
    ],
  ),
  'a provider not approved by FK': scenario(
    privat,
    'arbetare',
    [insats('u', 'utredning', '2026-03-02', 8000)],
    {
      provider: { fkApproved: false },
    },
  ),
  'excluded everywhere: treatment and health promotion': scenario(privat, 'arbetare', [
    insats('med', 'medicinsk_behandling', '2026-03-02', 5000),
    insats('frisk', 'halsoframjande', '2026-03-03', 2000),
    insats('livsstil', 'livsstilskurs', '2026-03-04', 7000),
  ]),
  'state employer': scenario({ sector: 'stat', afaAgreement: 'none' }, 'tjansteman', [
    insats('samtal', 'psykologbehandling', '2026-03-02', 9000),
  ]),
  'no collective agreement': scenario({ sector: 'privat', afaAgreement: 'none' }, 'arbetare', [
    insats('samtal', 'psykologbehandling', '2026-03-02', 9000),
  ]),
  'private salaried, medarbetaravtal not asked': scenario(privat, 'tjansteman', [
    insats('samtal', 'psykologbehandling', '2026-03-02', 9000),
  ]),
  'private salaried without a medarbetaravtal': scenario(
    { ...privat, medarbetaravtal: false },
    'tjansteman',
    [insats('samtal', 'psykologbehandling', '2026-03-02', 9000)],
  ),
  'private salaried with a medarbetaravtal': scenario(
    { ...privat, medarbetaravtal: true },
    'tjansteman',
    [insats('samtal', 'psykologbehandling', '2026-03-02', 9000)],
  ),
  'passed deadlines: FK for 2024, Afa six months for a region': scenario(
    { sector: 'region', afaAgreement: 'AGS-KL' },
    'arbetare',
    [
      insats('gammal', 'stodsamtal', '2024-10-01', 6000),
      insats('kurs', 'omskolning', '2025-09-01', 8000),
    ],
  ),
  'FK deadline on a weekend': scenario(
    privat,
    'arbetare',
    [insats('u', 'utredning', '2025-05-05', 4000)],
    {
      asOf: '2025-06-01',
    },
  ),
  'caps: the employee’s and then the employer’s': scenario(
    privat,
    'arbetare',
    [
      insats('a', 'stodsamtal', '2026-02-02', 30000),
      insats('b', 'anpassning', '2026-03-02', 30000),
    ],
    { priorFkGrants: { '2026': { employee: 5000, employer: 190000 } } },
  ),
  'the 2024 cap beside the 2025 one in the same year': scenario(
    privat,
    'arbetare',
    [
      insats('gammal', 'stodsamtal', '2024-12-15', 30000, { performedOn: '2025-02-01' }),
      insats('ny', 'stodsamtal', '2025-02-10', 30000),
    ],
    { asOf: '2025-06-01' },
  ),
  'VAT the employer deducts': scenario(privat, 'arbetare', [
    insats('anpassning', 'anpassning', '2026-04-06', 16000, { vat: 4000 }),
    insats('kurs', 'stresshantering', '2026-04-13', 10000, { vat: 2500 }),
  ]),
  'VAT the employer cannot deduct': scenario({ ...privat, deductsVat: false }, 'arbetare', [
    insats('anpassning', 'anpassning', '2026-04-06', 16000, { vat: 4000 }),
    insats('kurs', 'stresshantering', '2026-04-13', 10000, { vat: 2500 }),
  ]),
};

describe('what an estimate says', () => {
  for (const [name, input] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const r = estimateSplit(input);
      expect({
        lines: r.lines,
        totals: r.totals,
        deadlines: r.deadlines,
        explanations: r.explanations,
      }).toMatchSnapshot();
    });
  }
});
