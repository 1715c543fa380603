import { beforeAll, describe, expect, it } from 'vitest';
import { estimateSplit } from '../../../core/estimate/estimate.ts';
import { formatDateLong } from '../../../core/i18n/format.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { RULESET } from '../../../core/rules/parameters.ts';
import type { EstimateInput } from '../../../core/schema/estimate-input.ts';
import { EstimateInputSchema } from '../../../core/schema/estimate-input.ts';
import { loadTexts } from '../../../widget/src/i18n.ts';
import { eventDetail } from '../../../widget/src/summary.ts';
import { summaryText } from '../../../widget/src/summary-text.ts';

const PERSONNUMMER = '19121212-1212';
const ORGNR = '556016-0680';

/** Anna (golden case), with identities the widget never asks for, to show they never leak. */
const anna: EstimateInput = {
  asOf: '2023-06-15',
  employer: {
    sector: 'kommun',
    afaAgreement: 'AGS-KL',
    organisationsnummer: ORGNR,
    name: 'Exempelkommunen',
  },
  employee: { group: 'tjansteman', personnummer: PERSONNUMMER },
  provider: { fkApproved: true },
  insatser: [
    {
      id: 'utredning',
      category: 'utredning',
      startedOn: '2023-03-06',
      performedOn: '2023-03-06',
      cost: 3000,
    },
    {
      id: 'samtal',
      category: 'psykologbehandling',
      startedOn: '2023-03-20',
      performedOn: '2023-05-29',
      cost: 12000,
    },
  ],
};

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The block of the summary for line `n` (1-based): from "n. " to the next blank or numbered line. */
function block(text: string, n: number): string {
  const lines = norm(text).split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${n}. `));
  if (start < 0) throw new Error(`no line ${n}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.trim() === '' || /^\d+\. /.test(l));
  return [lines[start], ...rest.slice(0, end < 0 ? undefined : end)].join('\n');
}

beforeAll(async () => {
  await loadTexts('en');
});

describe('the summary text', () => {
  it('holds the input as valid (the identities are real-looking, not made up)', () => {
    expect(EstimateInputSchema.safeParse(anna).success).toBe(true);
  });

  it('lists every line with dates, cost, both payers with their answers and what the employer pays', () => {
    const estimate = estimateSplit(anna);
    const text = summaryText(estimate, anna, 'sv', 'Hälsan AB');

    const first = block(text, 1);
    expect(first).toContain(CATEGORIES.utredning.sv);
    expect(first).toContain('2023-03-06');
    expect(first).toMatch(/Kostnad.*3 000 kr/);
    expect(first).toMatch(/Försäkringskassan.*1 500 kr.*\bja\b/);
    expect(first).toMatch(/Afa Försäkring.*0 kr.*\bnej\b/);
    expect(first).toMatch(/1 500 kr$/m);

    const second = block(text, 2);
    expect(second).toContain(CATEGORIES.psykologbehandling.sv);
    expect(second).toContain('2023-03-20');
    expect(second).toContain('2023-05-29');
    expect(second).toMatch(/Försäkringskassan.*0 kr.*\bnej\b/);
    expect(second).toMatch(/Afa Försäkring.*6 000 kr.*\bja\b/);
    expect(() => block(text, 3)).toThrow();
  });

  it('gives the totals, the deadlines, the disclaimer and the rule set', () => {
    const text = norm(summaryText(estimateSplit(anna), anna, 'sv', 'Hälsan AB'));
    const after = text.slice(text.indexOf(block(text, 2)) + block(text, 2).length);
    expect(after).toMatch(/15 000 kr/);
    expect(after).toMatch(/Försäkringskassan: 1 500 kr$/m);
    expect(after).toMatch(/Afa Försäkring: 6 000 kr$/m);
    expect(after).toMatch(/7 500 kr$/m);
    expect(after).toMatch(
      new RegExp(`Försäkringskassan: ${norm(formatDateLong('2024-02-01', 'sv'))}`),
    );
    expect(after).toMatch(
      new RegExp(`Afa Försäkring: ${norm(formatDateLong('2023-09-20', 'sv'))}`),
    );
    expect(text).toMatch(/Uppskattning/);
    expect(text).toContain(RULESET.version);
    expect(text).toContain('Hälsan AB');
  });

  it('says when a deadline has passed', () => {
    const late = { ...anna, asOf: '2023-12-01' };
    const text = summaryText(estimateSplit(late), late, 'sv');
    expect(text).toMatch(/20 september 2023.*passerat/);
  });

  it('says the VAT assumption beside a line with VAT, and nothing about VAT without it', () => {
    expect(summaryText(estimateSplit(anna), anna, 'sv')).not.toMatch(/moms/i);
    const withVat: EstimateInput = {
      ...anna,
      employer: { ...anna.employer, deductsVat: false },
      insatser: [{ ...anna.insatser[0]!, vat: 750 }, anna.insatser[1]!],
    };
    const text = summaryText(estimateSplit(withVat), withVat, 'sv');
    expect(block(text, 1)).toMatch(/Kostnad: 3 750 kr[\s\S]*Med momsen 750 kr.*antagande/);
    expect(block(text, 2)).not.toMatch(/moms/i);
    expect(norm(text)).toMatch(/Beloppen innehåller momsen/);
  });

  it('is in English when the page is', () => {
    const text = norm(summaryText(estimateSplit(anna), anna, 'en'));
    expect(block(text, 1)).toContain(CATEGORIES.utredning.en);
    expect(block(text, 1)).toMatch(/Försäkringskassan.*1 500 kr.*\byes\b/);
    expect(text).toContain(norm(formatDateLong('2024-02-01', 'en')));
    expect(text).toMatch(/estimate/i);
    expect(text).toContain(RULESET.version);
    expect(text).not.toMatch(/Kostnad|Totalt|Ni betalar/);
  });

  it('holds nothing about a person or the employer', () => {
    for (const lang of ['sv', 'en'] as const) {
      const text = summaryText(estimateSplit(anna), anna, lang);
      expect(text).not.toContain('121212');
      expect(text).not.toContain('5560160680');
      expect(text).not.toContain(ORGNR);
      expect(text).not.toContain('Exempelkommunen');
      // No run of ten digits in any form (personnummer, organisationsnummer).
      expect(text.replace(/[\s-]/g, '')).not.toMatch(/\d{10}/);
    }
  });
});

describe('the stodkollen:estimate payload', () => {
  it('has the documented shape: kronor, ISO dates, categories by id', () => {
    const detail = eventDetail(estimateSplit(anna), anna, 'sv');
    expect(detail).toStrictEqual({
      lang: 'sv',
      asOf: '2023-06-15',
      totals: { cost: 15000, fk: 1500, afa: 6000, employer: 7500 },
      lines: [
        {
          category: 'utredning',
          startedOn: '2023-03-06',
          performedOn: '2023-03-06',
          cost: 3000,
          fk: 1500,
          afa: 0,
          employer: 1500,
          answer: { fk: 'ja', afa: 'nej' },
          rules: expect.arrayContaining(['FK-ELIGIBLE', 'FK-RATE']),
        },
        {
          category: 'psykologbehandling',
          startedOn: '2023-03-20',
          performedOn: '2023-05-29',
          cost: 12000,
          fk: 0,
          afa: 6000,
          employer: 6000,
          answer: { fk: 'nej', afa: 'ja' },
          rules: expect.arrayContaining(['AFA-WHO', 'AFA-RATE']),
        },
      ],
      deadlines: expect.arrayContaining([
        { payer: 'afa', date: '2023-09-20', passed: false },
        { payer: 'fk', date: '2024-02-01', passed: false },
      ]),
      ruleset: { version: RULESET.version, date: RULESET.date },
    });
    expect(detail.deadlines).toHaveLength(2);
  });

  it('holds nothing about a person and survives structured cloning', () => {
    const detail = eventDetail(estimateSplit(anna), anna, 'en');
    const json = JSON.stringify(detail);
    expect(json).not.toContain('1212');
    expect(json).not.toContain('556016');
    expect(json).not.toContain('Exempelkommunen');
    expect(json).not.toContain('personnummer');
    expect(structuredClone(detail)).toStrictEqual(detail);
    expect(detail.lang).toBe('en');
  });

  it('does not share objects with the estimate (a page changing it changes nothing)', () => {
    const estimate = estimateSplit(anna);
    const detail = eventDetail(estimate, anna, 'sv');
    detail.totals.fk = 999;
    detail.lines[0]!.rules.push('X');
    detail.lines[0]!.answer.fk = 'nej';
    expect(estimate.totals.fk).toBe(1500);
    expect(estimate.lines[0]!.rules).not.toContain('X');
    expect(estimate.lines[0]!.answer.fk).toBe('ja');
  });
});

describe('sources in "Så räknar vi"', () => {
  it('names the public texts instead of seed numbers, and keeps laws as written', async () => {
    const { sourceText } = await import('../../../core/rules/sources.ts');
    const sv = sourceText('Förordning 2024:1275; seed 000, 003', 'sv');
    expect(sv).toContain('Förordning 2024:1275');
    expect(sv).toContain('Försäkringskassan, arbetsplatsinriktat rehabiliteringsstöd');
    expect(sv).toContain('rapport till regeringen 2024');
    expect(sv).not.toMatch(/seed|\b00\d\b/);
    expect(sourceText('seed 002', 'en')).toContain('Afa Försäkring, information meeting');
  });
});
