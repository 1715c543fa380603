import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../../core/i18n/dates.ts';
import type { SavedScenario } from '../../../core/schema/saved-estimate.ts';
import { SavedScenarioSchema } from '../../../core/schema/saved-estimate.ts';
import { parseConfig } from '../../../widget/src/config.ts';
import {
  type Computation,
  compute,
  type FormState,
  WidgetModel,
} from '../../../widget/src/model.ts';

interface GoldenCase {
  name: string;
  input: {
    asOf: string;
    employer: {
      sector: FormState['sector'];
      afaAgreement: FormState['afaAgreement'];
      medarbetaravtal?: boolean;
      deductsVat?: boolean;
    };
    employee: { group: FormState['group'] };
    provider: { fkApproved: boolean };
    insatser: {
      id: string;
      category: FormState['insatser'][number]['category'];
      startedOn: string;
      performedOn: string;
      cost: number;
      vat?: number;
    }[];
    priorFkGrants?: Record<string, { employee: number; employer: number }>;
  };
  expected: {
    lines: { id: string; fk: number; afa: number }[];
    totals: { cost: number; fk: number; afa: number; employer: number };
    deadlines: { payer: 'fk' | 'afa'; date: string }[];
  };
}

const GOLDEN: GoldenCase[] = JSON.parse(
  readFileSync(new URL('../../../../shared/domain/golden-cases.json', import.meta.url), 'utf8'),
).cases;

function modelWith(attrs: Record<string, string> = {}): WidgetModel {
  return new WidgetModel(
    parseConfig(
      (name) => attrs[name] ?? null,
      () => {},
    ),
  );
}

function ok(result: Computation) {
  if (result.kind !== 'ok') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
  return result;
}

const firstKey = (m: WidgetModel) => m.form.value!.insatser[0]!.key;

describe('the golden cases through the widget form', () => {
  it.each(GOLDEN.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { input, expected } = c;
    const prior: FormState['prior'] = {};
    for (const [year, p] of Object.entries(input.priorFkGrants ?? {})) {
      prior[year] = { employee: String(p.employee), employer: String(p.employer) };
    }
    const form: FormState = {
      sector: input.employer.sector,
      afaAgreement: input.employer.afaAgreement,
      group: input.employee.group,
      fkApproved: input.provider.fkApproved,
      deductsVat: input.employer.deductsVat ?? true,
      medarbetaravtal: input.employer.medarbetaravtal ?? null,
      // Amounts as a Swedish user types them: decimal comma.
      insatser: input.insatser.map((i) => ({
        key: i.id,
        category: i.category,
        startedOn: i.startedOn,
        performedOn: i.performedOn,
        costText: String(i.cost).replace('.', ','),
        vatText: i.vat === undefined ? '' : String(i.vat).replace('.', ','),
      })),
      prior,
    };
    const { estimate } = ok(compute(form, input.asOf));
    // The form numbers its rows ("insats 1", …) instead of the case's ids; lines keep input order.
    expect(estimate.lines.map((l) => ({ fk: l.fk, afa: l.afa }))).toEqual(
      expected.lines.map((l: { fk: number; afa: number }) => ({ fk: l.fk, afa: l.afa })),
    );
    expect(estimate.totals).toEqual(expected.totals);
    const dates = (ds: { payer: string; date: string }[]) =>
      ds.map((d) => `${d.payer} ${d.date}`).sort();
    expect(dates(estimate.deadlines)).toEqual(dates(expected.deadlines));
  });
});

describe('the widget model', () => {
  it('starts with the page settings, one insats and the first offer with its price', () => {
    const m = modelWith({ sector: 'kommun', categories: 'stodsamtal:1 200, utredning:8000' });
    const form = m.form.value!;
    expect(form.sector).toBe('kommun');
    expect(form.afaAgreement).toBe('AGS-KL');
    expect(form.fkApproved).toBe(false);
    expect(form.insatser).toHaveLength(1);
    expect(form.insatser[0]).toMatchObject({ category: 'stodsamtal', costText: '1200' });
  });

  it('fills the preset price when a category is chosen, but keeps a price the user typed', () => {
    const m = modelWith({ categories: 'utredning:8000, stodsamtal:1 200, stresshantering' });
    const key = firstKey(m);
    expect(m.form.value!.insatser[0]!.costText).toBe('8000');

    m.updateInsats(key, { category: 'stodsamtal' });
    expect(m.form.value!.insatser[0]!.costText).toBe('1200');

    m.updateInsats(key, { costText: '950' });
    m.updateInsats(key, { category: 'utredning' });
    expect(m.form.value!.insatser[0]).toMatchObject({ category: 'utredning', costText: '950' });
  });

  it('fills the preset price into an empty cost', () => {
    const m = modelWith({ categories: 'stresshantering, utredning:8000' });
    const key = firstKey(m);
    expect(m.form.value!.insatser[0]!.costText).toBe('');
    m.updateInsats(key, { category: 'utredning' });
    expect(m.form.value!.insatser[0]!.costText).toBe('8000');
  });

  it('moves the Afa agreement with the sector until the user picks one', () => {
    const m = modelWith();
    expect(m.form.value!.afaAgreement).toBe('AGS');
    m.update({ sector: 'kommun' });
    expect(m.form.value!.afaAgreement).toBe('AGS-KL');
    m.update({ sector: 'stat' });
    expect(m.form.value!.afaAgreement).toBe('none');

    // The user picks one (the form marks the field as touched when it changes).
    m.touch('afaAgreement');
    m.update({ afaAgreement: 'AGS' });
    m.update({ sector: 'region' });
    expect(m.form.value).toMatchObject({ sector: 'region', afaAgreement: 'AGS' });
  });

  it('keeps the agreement the page set when the sector changes', () => {
    const m = modelWith({ 'afa-agreement': 'none' });
    m.update({ sector: 'kommun' });
    expect(m.form.value!.afaAgreement).toBe('none');
  });

  it('is incomplete, not invalid, while the cost is empty', () => {
    const m = modelWith();
    const r = m.result.value;
    expect(r.kind).toBe('incomplete');
    if (r.kind === 'ok') return;
    expect(r.errors.map((e) => e.path)).toEqual(['insatser.0.cost']);
  });

  // Incomplete ("fill in the details") and invalid ("correct the marked details") give the user
  // different messages, so a typed mistake must not count as merely incomplete.
  it.each([
    ['a negative cost', { costText: '-500' }],
    ['a cost that is not a number', { costText: 'abc' }],
    ['an end before the start', { performedOn: '2025-03-01', startedOn: '2025-03-10' }],
  ] as const)('is invalid, not incomplete, with %s', (_what, patch) => {
    const m = modelWith({ categories: 'utredning:8000' });
    const key = firstKey(m);
    if ('performedOn' in patch) {
      m.updateInsats(key, { performedOn: patch.performedOn });
      m.updateInsats(key, { startedOn: patch.startedOn });
    } else m.updateInsats(key, patch);
    expect(m.result.value.kind).toBe('invalid');
  });

  it('is invalid, not incomplete, with a negative grant already received', () => {
    const m = modelWith({ categories: 'utredning:8000' });
    m.updatePrior(String(yearOf(m.today.value)), { employee: '-1' });
    expect(m.result.value.kind).toBe('invalid');
  });

  it.each([
    ['-500', 'negativt', 'negative'],
    ['abc', 'tal', 'number'],
    ['12,345', 'decimaler', 'decimals'],
  ])('rejects cost "%s" with the reason in Swedish and English', (text, sv, en) => {
    const m = modelWith();
    m.updateInsats(firstKey(m), { costText: text });
    const r = m.result.value;
    if (r.kind === 'ok') throw new Error('accepted a bad cost');
    expect(r.errors).toHaveLength(1);
    const [error] = r.errors;
    expect(error!.path).toBe('insatser.0.cost');
    expect(error!.reason.sv).toContain(sv);
    expect(error!.reason.en).toContain(en);
  });

  it('rejects an end date before the start, pointing at the start date', () => {
    const m = modelWith({ categories: 'utredning:8000' });
    const key = firstKey(m);
    m.updateInsats(key, { performedOn: '2025-03-01' });
    m.updateInsats(key, { startedOn: '2025-03-10' });
    expect(m.form.value!.insatser[0]).toMatchObject({
      startedOn: '2025-03-10',
      performedOn: '2025-03-01',
    });
    const r = m.result.value;
    if (r.kind === 'ok') throw new Error('accepted an end before the start');
    expect(r.errors.map((e) => e.path)).toEqual(['insatser.0.startedOn']);
    expect(r.errors[0]!.reason.sv).toMatch(/påbörjats efter/);
    expect(r.errors[0]!.reason.en).toMatch(/started after/);
  });

  it('moves an end date that equalled the start along with the start', () => {
    const m = modelWith();
    const key = firstKey(m);
    m.updateInsats(key, { startedOn: '2025-03-01' });
    expect(m.form.value!.insatser[0]!.performedOn).toBe('2025-03-01');
    m.updateInsats(key, { performedOn: '2025-03-20' });
    m.updateInsats(key, { startedOn: '2025-03-02' });
    expect(m.form.value!.insatser[0]!.performedOn).toBe('2025-03-20');
  });

  it('adds insatser and never removes the last one', () => {
    const m = modelWith({ categories: 'utredning:8000' });
    const first = firstKey(m);
    m.removeInsats(first);
    expect(m.form.value!.insatser.map((d) => d.key)).toEqual([first]);

    const second = m.addInsats();
    expect(second).not.toBe(first);
    expect(m.form.value!.insatser[1]).toMatchObject({ key: second, costText: '8000' });
    m.removeInsats(first);
    expect(m.form.value!.insatser.map((d) => d.key)).toEqual([second]);
    m.removeInsats(second);
    expect(m.form.value!.insatser.map((d) => d.key)).toEqual([second]);
  });

  it('counts grants already received this year against the caps', () => {
    const m = modelWith({ 'fk-approved': 'ja', categories: 'utredning:10000' });
    m.today.value = '2025-06-01';
    const key = firstKey(m);
    m.updateInsats(key, { startedOn: '2025-03-01' });
    m.updateInsats(key, { performedOn: '2025-03-05' });
    expect(ok(m.result.value).estimate.totals.fk).toBe(5000);

    // FK-CAP-EMPLOYEE: 18 000 of 20 000 already received for this employee.
    m.updatePrior('2025', { employee: '18 000' });
    const capped = ok(m.result.value);
    expect(capped.scenario.priorFkGrants).toEqual({ '2025': { employee: 18000, employer: 0 } });
    expect(capped.estimate.lines[0]).toMatchObject({ fk: 2000, employer: 8000 });
    expect(capped.estimate.lines[0]!.rules).toContain('FK-CAP-EMPLOYEE');

    // The cap reached: nothing left, and FK's answer is no.
    m.updatePrior('2025', { employee: '20000' });
    const reached = ok(m.result.value).estimate.lines[0]!;
    expect(reached).toMatchObject({ fk: 0, employer: 10000 });
    expect(reached.answer.fk).toBe('nej');

    // FK-CAP-EMPLOYER: 198 000 of 200 000 already received by the employer.
    m.updatePrior('2025', { employee: '', employer: '198000' });
    const employer = ok(m.result.value).estimate.lines[0]!;
    expect(employer.fk).toBe(2000);
    expect(employer.rules).toContain('FK-CAP-EMPLOYER');
  });

  it('says which "already received" field is wrong', () => {
    const m = modelWith({ categories: 'utredning:10000' });
    m.today.value = '2025-06-01';
    m.updateInsats(firstKey(m), { startedOn: '2025-03-01' });
    m.updatePrior('2025', { employer: '-1' });
    const r = m.result.value;
    if (r.kind === 'ok') throw new Error('accepted a negative grant');
    expect(r.errors.map((e) => e.path)).toEqual(['priorFkGrants.2025.employer']);
  });

  it('saves the scenario without its date or any identity', () => {
    const m = modelWith({
      'provider-name': 'Hälsan AB',
      'fk-approved': 'ja',
      categories: 'stresshantering:18000',
    });
    m.updatePrior(String(yearOf(m.today.value)), { employee: '1000' });
    const saved = m.savedScenario();
    expect(saved).not.toBeNull();
    expect(saved).not.toHaveProperty('asOf');
    expect(saved!.provider).toStrictEqual({ fkApproved: true });
    expect(JSON.stringify(saved)).not.toContain('Hälsan');
    expect(SavedScenarioSchema.safeParse(saved).success).toBe(true);
    expect(saved!.insatser[0]).toMatchObject({ category: 'stresshantering', cost: 18000 });
  });

  it('has nothing to save while the form is incomplete or invalid', () => {
    const m = modelWith();
    expect(m.savedScenario()).toBeNull();
    m.updateInsats(firstKey(m), { costText: '-1' });
    expect(m.savedScenario()).toBeNull();
  });

  it('reopens a saved scenario and computes it again as of today', () => {
    const lena: SavedScenario = {
      employer: { sector: 'region', afaAgreement: 'AGS-KL' },
      employee: { group: 'tjansteman' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'kurs',
          category: 'stresshantering',
          startedOn: '2023-09-04',
          performedOn: '2023-09-29',
          cost: 18000,
        },
      ],
      priorFkGrants: { '2023': { employee: 2000, employer: 5000 } },
    };
    const m = modelWith({ categories: 'utredning:8000' });
    m.today.value = '2023-11-01';
    m.touch('insatser.0.cost');
    m.load({ id: 'saved-1', name: 'Stresskurs', scenario: lena });

    expect(m.form.value).toMatchObject({
      sector: 'region',
      afaAgreement: 'AGS-KL',
      group: 'tjansteman',
      fkApproved: true,
      prior: { '2023': { employee: '2000', employer: '5000' } },
    });
    expect(m.form.value!.insatser).toHaveLength(1);
    expect(m.form.value!.insatser[0]).toMatchObject({
      category: 'stresshantering',
      startedOn: '2023-09-04',
      performedOn: '2023-09-29',
      costText: '18000',
    });
    expect(m.openSaved.value).toEqual({ id: 'saved-1', name: 'Stresskurs' });
    expect(m.touched.value.size).toBe(0);
    const r = ok(m.result.value);
    expect(r.scenario.asOf).toBe('2023-11-01');
    // 2 000 kr already received leaves 8 000 kr under the 10 000 kr cap of 2023.
    expect(r.estimate.totals).toEqual({ cost: 18000, fk: 8000, afa: 9000, employer: 1000 });
    // Saving it again gives back what was loaded.
    expect(m.savedScenario()).toEqual({
      ...lena,
      insatser: [{ ...lena.insatser[0]!, id: 'insats 1' }],
    });

    // Reset forgets it and goes back to the page's defaults.
    m.reset();
    expect(m.openSaved.value).toBeNull();
    expect(m.form.value).toMatchObject({ sector: 'privat', prior: {} });
    expect(m.form.value!.insatser[0]).toMatchObject({ category: 'utredning', costText: '8000' });
  });

  it('keeps grants already received per year through save and reopen', () => {
    const twoYears: SavedScenario = {
      employer: { sector: 'privat', afaAgreement: 'AGS', deductsVat: false, medarbetaravtal: true },
      employee: { group: 'tjansteman' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'insats 1',
          category: 'stodsamtal',
          startedOn: '2025-11-03',
          performedOn: '2025-11-28',
          cost: 40000,
        },
        {
          id: 'insats 2',
          category: 'anpassning',
          startedOn: '2026-01-05',
          performedOn: '2026-01-09',
          cost: 8000,
          vat: 2000,
        },
      ],
      priorFkGrants: {
        '2025': { employee: 15000, employer: 30000 },
        '2026': { employee: 1000, employer: 0 },
      },
    };
    const m = modelWith();
    m.today.value = '2026-01-15';
    m.load({ id: 'saved-2', name: 'Två år', scenario: twoYears });
    expect(m.form.value!.prior).toEqual({
      '2025': { employee: '15000', employer: '30000' },
      '2026': { employee: '1000', employer: '' },
    });
    const r = ok(m.result.value);
    // 2025: 20 000 kr cap less 15 000 kr received; 2026: half of 10 000 kr with VAT.
    expect(r.estimate.lines.map((l) => l.fk)).toEqual([5000, 5000]);
    expect(m.savedScenario()).toEqual(twoYears);
  });

  it('takes new page settings but keeps what the employer typed', () => {
    const m = modelWith({ categories: 'utredning:8000' });
    m.updateInsats(firstKey(m), { costText: '7 500' });
    m.reconfigure(
      parseConfig(
        (name) => ({ lang: 'en', sector: 'kommun', 'fk-approved': 'ja' })[name] ?? null,
        () => {},
      ),
    );
    expect(m.config.value!.lang).toBe('en');
    expect(m.form.value).toMatchObject({
      sector: 'kommun',
      afaAgreement: 'AGS-KL',
      fkApproved: true,
    });
    expect(m.form.value!.insatser[0]!.costText).toBe('7 500');
  });
});

describe('the end date following the start', () => {
  it('keeps following while the start is typed digit by digit', () => {
    const m = modelWith();
    const key = m.form.value!.insatser[0]!.key;
    m.updateInsats(key, { startedOn: '2026-06-01' });
    for (const typed of [
      '1',
      '10',
      '10/',
      '10/3',
      '10/3 ',
      '10/3 2',
      '10/3 20',
      '10/3 202',
      '10/3 2026',
    ]) {
      m.updateInsats(key, { startedOn: typed });
    }
    expect(m.form.value!.insatser[0]).toMatchObject({
      startedOn: '10/3 2026',
      performedOn: '2026-03-10',
    });
    // An end of the employer's own stays.
    m.updateInsats(key, { performedOn: '2026-04-01' });
    m.updateInsats(key, { startedOn: '2026-03-11' });
    expect(m.form.value!.insatser[0]!.performedOn).toBe('2026-04-01');
  });
});
