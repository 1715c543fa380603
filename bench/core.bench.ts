import { type EstimateInput, EstimateInputSchema, estimateSplit } from '../core/index.ts';
import { type BenchResult, medianMs, round } from './lib.ts';

const CATEGORIES = [
  'utredning',
  'stodsamtal',
  'planering',
  'stresshantering',
  'psykologbehandling',
];

/** 1 000 insatser of one employer across three years. */
function bigInput(): EstimateInput {
  const insatser = Array.from({ length: 1000 }, (_, i) => {
    const year = 2023 + (i % 3);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      id: `i${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      startedOn: `${year}-${month}-${day}`,
      performedOn: `${year}-${month}-${day}`,
      cost: 1000 + ((i * 137) % 30_000) + 0.5,
    };
  });
  const parsed = EstimateInputSchema.parse({
    asOf: '2025-01-15',
    employer: { sector: 'kommun', afaAgreement: 'AGS-KL' },
    employee: { group: 'arbetare' },
    provider: { fkApproved: true },
    insatser,
  });
  return parsed;
}

export async function run(): Promise<BenchResult[]> {
  const input = bigInput();
  const json = JSON.stringify(input);
  const estimate = medianMs(() => estimateSplit(input));
  const parse = medianMs(() => JSON.parse(json));
  return [
    {
      name: 'core.estimate_1000_insatser',
      value: round(estimate),
      unit: 'ms',
      baseline: 'core.json_parse_1000_insatser',
      ratio: null,
      target: '< 5 ms',
      met: estimate < 5,
    },
    {
      name: 'core.json_parse_1000_insatser',
      value: round(parse),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: 'baseline',
    },
  ];
}
