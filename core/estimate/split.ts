/**
 * The cost split (rules.md, "How the split is computed"). Pure and synchronous: input already
 * validated by EstimateInputSchema, output in kronor with the rule ids that decided every line.
 * Amounts are computed in öre as integers; grants are rounded down to whole kronor.
 *
 * The sentences of the explanations come in as `say` (core/i18n/messages-explanations.ts):
 * `estimateSplit` in estimate.ts, what every surface calls, passes them. Without them the numbers
 * are the same and `explanations` is empty: the widget's first view shows only the totals, and so
 * its first file holds none of the sentences.
 */
import type { IsoDate } from '../i18n/dates.ts';
import { yearOf } from '../i18n/dates.ts';
import type { Bilingual } from '../i18n/format.ts';
import type { ExplanationTexts } from '../i18n/messages-explanations.ts';
import { CATEGORIES, type Category, type CategoryId } from '../rules/categories.ts';
import { afaCovers, afaDeadline, afaHasDeadline, fkDeadline } from '../rules/coverage.ts';
import {
  AFA_RATE,
  FK_EMPLOYEE_CAP,
  FK_EMPLOYER_CAP,
  FK_RATE,
  RULESET,
  valueOn,
} from '../rules/parameters.ts';
import type { RuleId } from '../rules/rule-ids.ts';
import type { EstimateInput, EstimateInsats } from '../schema/estimate-input.ts';

export type Payer = 'fk' | 'afa';

export interface SplitLine {
  id: string;
  /** What the employer bore: the cost excluding VAT, plus the VAT when it cannot deduct it. */
  cost: number;
  /** The VAT on the insats as given (0 when none); counted in `cost` only when not deductible. */
  vat: number;
  /** Whether `vat` is part of `cost` (the employer cannot deduct it). */
  vatIncluded: boolean;
  fk: number;
  afa: number;
  employer: number;
  rules: RuleId[];
  /** ja / nej / kanske per payer: "kanske" when the answer rests on an input the user should check. */
  answer: { fk: Answer; afa: Answer };
}

export type Answer = 'ja' | 'nej' | 'kanske';

export interface Deadline {
  payer: Payer;
  date: IsoDate;
  passed: boolean;
  rule: RuleId;
  /** For FK: the date FK states (1 February) when the legal last day differs from it. */
  stated?: IsoDate;
  /** The insatser this deadline applies to. */
  insatser: string[];
}

export interface Explanation extends Bilingual {
  rule: RuleId;
  /** Set when the sentence states a rules.md assumption rather than a sourced rule. */
  assumption?: true;
  /** The insats it is about, when it is about one. */
  insats?: string;
}

export interface SplitEstimate {
  lines: SplitLine[];
  totals: { cost: number; fk: number; afa: number; employer: number };
  deadlines: Deadline[];
  explanations: Explanation[];
  ruleset: typeof RULESET;
}

/** Categories with lower-case labels computed once, for explanations inside sentences. */
const CATEGORY_TEXT = Object.fromEntries(
  Object.values(CATEGORIES).map((c) => [
    c.id,
    { ...c, svLower: c.sv.toLowerCase(), enLower: c.en.toLowerCase() },
  ]),
) as Record<CategoryId, Category & { svLower: string; enLower: string }>;

const toOre = (kronor: number): number => Math.round(kronor * 100);
const toKronor = (ore: number): number => ore / 100;
/** Half (or any rate) of an amount in öre, rounded down to whole kronor, returned in öre. */
const grantOre = (costOre: number, rate: number): number =>
  Math.floor((costOre * rate) / 100) * 100;

/**
 * AFA-RATE: Afa's part of a covered insats whose deadline has not passed, in öre, on the cost
 * excluding VAT. It rests on the insats alone (no cap), which lets the deadlines overview say
 * what a passed Afa deadline lost without estimating again.
 */
export function afaGrantOre(insats: EstimateInsats): number {
  return grantOre(toOre(insats.cost), valueOn(AFA_RATE, insats.startedOn));
}

/** Adds an explanation, its sentence built from the texts only when there are texts. */
type Explain = (
  rule: RuleId,
  insats: string | undefined,
  text: (say: ExplanationTexts) => Bilingual,
  assumption?: boolean,
) => void;

interface YearUsage {
  employeeOre: number;
  employerOre: number;
}

export function splitEstimate(input: EstimateInput, say?: ExplanationTexts): SplitEstimate {
  const { asOf, employer, employee, provider } = input;
  const explanations: Explanation[] = [];
  const deadlines = new Map<string, Deadline>();
  const usage = new Map<number, YearUsage>();

  const usageFor = (year: number): YearUsage => {
    let u = usage.get(year);
    if (!u) {
      const prior = input.priorFkGrants?.[String(year)];
      u = { employeeOre: toOre(prior?.employee ?? 0), employerOre: toOre(prior?.employer ?? 0) };
      usage.set(year, u);
    }
    return u;
  };

  const addDeadline = (d: Omit<Deadline, 'insatser'>, insats: string) => {
    const key = `${d.payer}:${d.date}`;
    const existing = deadlines.get(key);
    if (existing) existing.insatser.push(insats);
    else deadlines.set(key, { ...d, insatser: [insats] });
  };

  const explain: Explain = (rule, insats, text, assumption = false) => {
    if (!say) return;
    const { sv, en } = text(say);
    const e: Explanation = insats === undefined ? { rule, sv, en } : { rule, insats, sv, en };
    if (assumption) e.assumption = true;
    explanations.push(e);
  };

  // Step 1: by the date carried out, then by id, so that caps are used up in time order and the
  // result does not depend on the order of the input.
  const order = [...input.insatser].sort((a, b) =>
    a.performedOn === b.performedOn
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.performedOn < b.performedOn
        ? -1
        : 1,
  );

  const results = new Map<string, SplitLine>();
  const fkDeadlines = new Map<number, ReturnType<typeof fkDeadline>>();
  const covered = afaCovers(
    employer.sector,
    employer.afaAgreement,
    employee.group,
    employer.medarbetaravtal ?? false,
  );
  const deductsVat = employer.deductsVat ?? true;

  for (const insats of order) {
    const category = CATEGORY_TEXT[insats.category];
    // The VAT assumption (rules.md): deductible VAT is no cost to the employer and counts nowhere;
    // VAT it cannot deduct is part of what it bore, and so of FK's base. Afa's base never has VAT.
    const costOre = toOre(insats.cost);
    const vatOre = toOre(insats.vat ?? 0);
    const borneOre = deductsVat ? costOre : costOre + vatOre;
    const rules: RuleId[] = [];
    const x: Bilingual = {
      sv: `${category.svLower} (${insats.id})`,
      en: `${category.enLower} (${insats.id})`,
    };
    const answer: SplitLine['answer'] = { fk: 'nej', afa: 'nej' };

    // Step 2: Försäkringskassan.
    let fkOre = 0;
    if (!category.fk) {
      rules.push(...category.fkRules);
      explain(category.fkRules.at(-1) ?? 'FK-EXCLUDED', insats.id, (s) => s.fkExcluded(x));
      if (category.assumption) {
        explain('FK-EXCLUDED', insats.id, () => category.assumption!);
      }
    } else if (!provider.fkApproved) {
      rules.push('FK-PROVIDER');
      explain('FK-PROVIDER', insats.id, (s) => s.fkProvider(x));
      answer.fk = 'kanske';
    } else {
      const year = yearOf(insats.performedOn);
      let deadline = fkDeadlines.get(year);
      if (!deadline) {
        deadline = fkDeadline(year);
        fkDeadlines.set(year, deadline);
      }
      const passed = asOf > deadline.legal;
      addDeadline(
        {
          payer: 'fk',
          date: deadline.legal,
          passed,
          rule: 'FK-DEADLINE',
          ...(deadline.stated !== deadline.legal ? { stated: deadline.stated } : {}),
        },
        insats.id,
      );
      if (passed) {
        rules.push('FK-DEADLINE');
        explain('FK-DEADLINE', insats.id, (s) => s.fkDeadlinePassed(x, year, deadline.legal));
      } else {
        rules.push(...category.fkRules, 'FK-RATE');
        answer.fk = 'ja';
        const half = grantOre(borneOre, valueOn(FK_RATE, insats.performedOn));
        fkOre = applyCaps(insats, half, usageFor(year), rules, explain);
        if (fkOre === 0) answer.fk = 'nej';
      }
    }

    // Step 3: Afa Försäkring.
    let afaOre = 0;
    if (!category.afa) {
      rules.push(...category.afaRules);
      if (category.fk === false) {
        // Only worth saying when Afa was the hope; FK-eligible insatser are not Afa's business.
        explain(category.afaRules.at(-1) ?? 'AFA-EXCLUDED', insats.id, (s) => s.afaExcluded(x));
      }
    } else if (!covered) {
      rules.push('AFA-WHO');
      explain('AFA-WHO', insats.id, (s) => afaNotCoveredText(s, input, x));
      answer.afa = afaAnswerWhenNotCovered(input);
    } else {
      const hasDeadline = afaHasDeadline(employer.sector);
      let passed = false;
      if (hasDeadline) {
        const date = afaDeadline(insats.startedOn);
        passed = asOf > date;
        addDeadline({ payer: 'afa', date, passed, rule: 'AFA-DEADLINE' }, insats.id);
        if (passed) {
          rules.push('AFA-DEADLINE');
          explain('AFA-DEADLINE', insats.id, (s) => s.afaDeadlinePassed(x, date));
        }
      }
      if (!passed) {
        rules.push('AFA-WHO', ...category.afaRules, 'AFA-RATE');
        afaOre = afaGrantOre(insats);
        answer.afa = 'ja';
        if (vatOre > 0) {
          rules.push('AFA-VAT');
          explain('AFA-VAT', insats.id, (s) => s.afaVat(x, costOre / 100));
        }
        if (category.fk && fkOre > 0) {
          explain('AFA-RATE', insats.id, (s) => s.bothPayHalf(x));
        }
      }
    }

    if (vatOre > 0 && category.fk && fkOre > 0) {
      explain('FK-RATE', insats.id, (s) => s.vatAssumption(x, vatOre / 100, deductsVat), true);
    }

    results.set(insats.id, {
      id: insats.id,
      cost: toKronor(borneOre),
      vat: toKronor(vatOre),
      vatIncluded: !deductsVat && vatOre > 0,
      fk: toKronor(fkOre),
      afa: toKronor(afaOre),
      employer: toKronor(borneOre - fkOre - afaOre),
      rules: dedupe(rules),
      answer,
    });
  }

  for (const d of deadlines.values()) {
    const stated = d.payer === 'fk' ? d.stated : undefined;
    if (stated) explain('FK-DEADLINE', undefined, (s) => s.fkStatedOnWeekend(stated, d.date));
  }

  // Lines in input order, as the contract says.
  const lines = input.insatser.map((i) => results.get(i.id) as SplitLine);
  const sumOre = (pick: (l: SplitLine) => number) =>
    lines.reduce((s, l) => s + toOre(pick(l)), 0) / 100;
  const totals = {
    cost: sumOre((l) => l.cost),
    fk: sumOre((l) => l.fk),
    afa: sumOre((l) => l.afa),
    employer: sumOre((l) => l.employer),
  };
  const sortedDeadlines = [...deadlines.values()].sort((a, b) =>
    a.date === b.date ? a.payer.localeCompare(b.payer) : a.date < b.date ? -1 : 1,
  );
  return { lines, totals, deadlines: sortedDeadlines, explanations, ruleset: RULESET };
}

/**
 * FK-CAP-EMPLOYEE and FK-CAP-EMPLOYER in the year the insats was carried out (FK-YEAR).
 * The employee cap follows the start date; with both regimes in one year, an insats started
 * before 2025 gets at most what is left under its own (lower) cap after everything already
 * granted that year (rules.md, "Assumptions").
 */
function applyCaps(
  insats: EstimateInsats,
  wantedOre: number,
  usage: YearUsage,
  rules: RuleId[],
  explain: Explain,
): number {
  const year = yearOf(insats.performedOn);
  const employeeCapOre = toOre(valueOn(FK_EMPLOYEE_CAP, insats.startedOn));
  const employerCapOre = toOre(valueOn(FK_EMPLOYER_CAP, insats.performedOn));
  const employeeLeft = Math.max(0, employeeCapOre - usage.employeeOre);
  const employerLeft = Math.max(0, employerCapOre - usage.employerOre);
  let granted = wantedOre;
  if (granted > employeeLeft) {
    granted = employeeLeft;
    rules.push('FK-CAP-EMPLOYEE', 'FK-YEAR');
    explain('FK-CAP-EMPLOYEE', insats.id, (s) =>
      s.capEmployee(employeeCapOre / 100, year, insats.startedOn, employeeLeft / 100),
    );
  }
  if (granted > employerLeft) {
    granted = employerLeft;
    rules.push('FK-CAP-EMPLOYER', 'FK-YEAR');
    explain('FK-CAP-EMPLOYER', insats.id, (s) =>
      s.capEmployer(employerCapOre / 100, year, employerLeft / 100),
    );
  }
  // Grants are whole kronor; caps and prior grants could leave öre.
  granted = Math.floor(granted / 100) * 100;
  usage.employeeOre += granted;
  usage.employerOre += granted;
  return granted;
}

/**
 * Not covered (AFA-WHO) is "kanske" only where one unanswered fact could change it: a missing
 * agreement, or a private salaried employee whose employer was not asked about a medarbetaravtal.
 * Amounts follow the contract's defaults either way.
 */
function afaAnswerWhenNotCovered(input: EstimateInput): Answer {
  const { sector, afaAgreement, medarbetaravtal } = input.employer;
  if (sector === 'stat') return 'nej';
  if (afaAgreement === 'none') return 'kanske';
  return sector === 'privat' && medarbetaravtal === undefined ? 'kanske' : 'nej';
}

function afaNotCoveredText(say: ExplanationTexts, input: EstimateInput, x: Bilingual): Bilingual {
  const { sector, afaAgreement } = input.employer;
  if (sector === 'stat') return say.afaNotState(x);
  if (afaAgreement === 'none') return say.afaNoAgreement(x);
  if (input.employer.medarbetaravtal === false) return say.afaNoMedarbetaravtal(x);
  return say.afaAskMedarbetaravtal(x);
}

function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
