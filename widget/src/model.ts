/**
 * One widget instance's state: the form as the employer typed it (text stays text until it is
 * valid), and the estimate computed from it. Everything here is per instance, so two widgets on a
 * page never share a value.
 */
import { type SplitEstimate, splitEstimate } from '../../core/estimate/split.ts';
import { parseAmount } from '../../core/i18n/amount.ts';
import { todayIso, yearOf } from '../../core/i18n/dates.ts';
import type { CategoryId } from '../../core/rules/categories.ts';
import type { AfaAgreement, EmployeeGroup, Sector } from '../../core/rules/coverage.ts';
import {
  type EstimateScenario,
  EstimateScenarioSchema,
} from '../../core/schema/estimate-scenario.ts';
import { type IssueReason, issueReasons } from '../../core/schema/reasons.ts';
import type { SavedScenario } from '../../core/schema/saved-estimate.ts';
import { type Offer, usualAgreement, type WidgetConfig } from './config.ts';
import { dateFromEntry, looksLikeDate } from './date-entry.ts';
import { Cell, Changes, derived } from './store.ts';

export interface InsatsDraft {
  /** Stable key for rendering and the insats id in the estimate. */
  key: string;
  category: CategoryId;
  /** The dates as typed; `dateFromEntry` reads them. */
  startedOn: string;
  performedOn: string;
  /**
   * The end date follows the start until the employer types an end of their own (a one-day insats
   * stays one day). Undefined: it follows while both are the same day.
   */
  endFollows?: boolean;
  costText: string;
  /** The VAT on top of the cost (excluding VAT), '' for none: most occupational-health care has none. */
  vatText: string;
}

/** Grants FK already paid out in one year, as typed. */
export interface PriorDraft {
  employee: string;
  employer: string;
}

export interface FormState {
  sector: Sector;
  afaAgreement: AfaAgreement;
  group: EmployeeGroup;
  fkApproved: boolean;
  /** The VAT assumption: the employer deducts VAT (the default). */
  deductsVat: boolean;
  /** AFA-WHO: null until the employer answers (only asked of private salaried staff with AGS). */
  medarbetaravtal: boolean | null;
  insatser: InsatsDraft[];
  /**
   * Grants already received, per year (FK-YEAR: the year an insats was carried out). Kept for a
   * year no insats touches any more, so moving a date back does not lose what was typed.
   */
  prior: Record<string, PriorDraft>;
}

export type Computation =
  | { kind: 'ok'; estimate: SplitEstimate; scenario: EstimateScenario }
  /** Something required is still empty: nothing to complain about yet. */
  | { kind: 'incomplete'; errors: IssueReason[] }
  | { kind: 'invalid'; errors: IssueReason[] };

let keys = 0;
const nextKey = () => `i${++keys}`;

function draftFor(offer: Offer | undefined, today: string): InsatsDraft {
  return {
    key: nextKey(),
    category: offer?.category ?? 'utredning',
    startedOn: today,
    performedOn: today,
    costText: offer?.price === undefined ? '' : String(offer.price),
    vatText: '',
  };
}

/** `''` → undefined (missing), otherwise the parsed amount or NaN (not an amount). */
function amountOf(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return parseAmount(text) ?? Number.NaN;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The years whose grants count (FK-YEAR: the caps are per year the insats was carried out), oldest
 * first; the estimate's year when no end date is complete yet.
 */
export function priorYears(form: FormState, asOf: string): string[] {
  const years = new Set(
    form.insatser
      .map((d) => dateFromEntry(d.performedOn))
      .filter((date) => ISO_DATE.test(date))
      .map((date) => date.slice(0, 4)),
  );
  if (years.size === 0) years.add(String(yearOf(asOf)));
  return [...years].sort();
}

/** AFA-WHO: only a private employer with AGS has to say whether salaried staff are covered. */
export function asksMedarbetaravtal(form: FormState): boolean {
  return form.sector === 'privat' && form.afaAgreement === 'AGS' && form.group === 'tjansteman';
}

/** The VAT question matters only once some insats has VAT. */
export function hasVat(form: FormState): boolean {
  return form.insatser.some((d) => {
    const vat = amountOf(d.vatText);
    return vat !== undefined && vat !== 0;
  });
}

export function scenarioOf(form: FormState, asOf: string): unknown {
  const prior: Record<string, { employee: number; employer: number }> = {};
  for (const year of priorYears(form, asOf)) {
    const employee = amountOf(form.prior[year]?.employee ?? '');
    const employer = amountOf(form.prior[year]?.employer ?? '');
    if (employee !== undefined || employer !== undefined) {
      prior[year] = { employee: employee ?? 0, employer: employer ?? 0 };
    }
  }
  return {
    asOf,
    employer: {
      sector: form.sector,
      afaAgreement: form.afaAgreement,
      // Answers to questions not shown stay out, so a hidden answer never changes a result.
      ...(form.deductsVat || !hasVat(form) ? {} : { deductsVat: false }),
      ...(form.medarbetaravtal === null || !asksMedarbetaravtal(form)
        ? {}
        : { medarbetaravtal: form.medarbetaravtal }),
    },
    employee: { group: form.group },
    provider: { fkApproved: form.fkApproved },
    // The id appears in the reasons ("… (insats 2)"), so it is the row's number as users see it.
    insatser: form.insatser.map((d, i) => ({
      id: `insats ${i + 1}`,
      category: d.category,
      startedOn: dateFromEntry(d.startedOn),
      performedOn: dateFromEntry(d.performedOn),
      cost: amountOf(d.costText),
      ...(d.vatText.trim() === '' ? {} : { vat: amountOf(d.vatText) }),
    })),
    ...(Object.keys(prior).length === 0 ? {} : { priorFkGrants: prior }),
  };
}

/** The raw value at an issue's path (zod does not put the input in its issues). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) v = (v as Record<PropertyKey, unknown> | undefined)?.[key];
  return v;
}

export function compute(form: FormState, asOf: string): Computation {
  const raw = scenarioOf(form, asOf);
  const parsed = EstimateScenarioSchema.safeParse(raw);
  if (parsed.success) {
    // The numbers only: the explanations' sentences are the details' (ui/Details.tsx), not the
    // first view's, so the main file holds none of them.
    return { kind: 'ok', estimate: splitEstimate(parsed.data), scenario: parsed.data };
  }
  const errors = issueReasons(parsed.error.issues);
  // Empty fields the user has not reached yet are not mistakes.
  const onlyEmpty = parsed.error.issues.every((i) => {
    const v = valueAt(raw, i.path);
    return v === undefined || v === '';
  });
  return { kind: onlyEmpty ? 'incomplete' : 'invalid', errors };
}

export class WidgetModel {
  /** Told of every change below: the element's event and <App> listen. */
  readonly changes = new Changes();
  readonly config = new Cell<WidgetConfig | undefined>(this.changes, undefined);
  readonly form = new Cell<FormState | undefined>(this.changes, undefined);
  /** Today, as an ISO date; a signal so that a widget left open past midnight can be refreshed. */
  readonly today = new Cell(this.changes, todayIso());
  /** Paths of fields the user has left (blur): their errors show even when empty. */
  readonly touched = new Cell<ReadonlySet<string>>(this.changes, new Set());
  /**
   * True while the element paints its first frame: the result's details (lines, deadlines, next
   * steps) follow one frame after the totals, so the first frame costs less. Components rendered
   * on their own (tests, bundlers' own hosts) show everything at once.
   */
  readonly firstFrame = new Cell(this.changes, false);
  /** The saved estimate on screen, if any. */
  readonly openSaved = new Cell<{ id: string; name: string } | null>(this.changes, null);
  readonly result = derived([this.form, this.today], () =>
    compute(this.form.value!, this.today.value),
  );

  constructor(config: WidgetConfig) {
    this.config.value = config;
    this.form.value = this.initialForm(config);
  }

  initialForm(config: WidgetConfig): FormState {
    return {
      sector: config.sector,
      afaAgreement: config.afaAgreement ?? usualAgreement(config.sector),
      group: config.group,
      fkApproved: config.fkApproved ?? false,
      deductsVat: true,
      medarbetaravtal: null,
      insatser: [draftFor(config.offers[0], this.today.value)],
      prior: {},
    };
  }

  /** Attributes changed: keep what the employer typed, take the page's new settings. */
  reconfigure(config: WidgetConfig): void {
    const before = this.config.value!;
    this.changes.batch(() => {
      this.config.value = config;
      const form = this.form.value!;
      const next = { ...form };
      if (config.sector !== before.sector) {
        next.sector = config.sector;
        next.afaAgreement = config.afaAgreement ?? usualAgreement(config.sector);
      }
      if (config.fkApproved !== null && config.fkApproved !== before.fkApproved) {
        next.fkApproved = config.fkApproved;
      }
      if (config.group !== before.group) next.group = config.group;
      this.form.value = next;
    });
  }

  update(patch: Partial<FormState>): void {
    const form = this.form.value!;
    const next = { ...form, ...patch };
    // The agreement follows the sector until the employer picks one.
    if (patch.sector && !patch.afaAgreement && !this.touched.value.has('afaAgreement')) {
      next.afaAgreement = this.config.value!.afaAgreement ?? usualAgreement(patch.sector);
    }
    this.form.value = next;
  }

  updateInsats(key: string, patch: Partial<InsatsDraft>): void {
    const form = this.form.value!;
    const offers = this.config.value!.offers;
    this.form.value = {
      ...form,
      insatser: form.insatser.map((d) => {
        if (d.key !== key) return d;
        const next = { ...d, ...patch };
        // A new category brings its usual price, unless the employer typed a price of their own.
        if (patch.category && patch.category !== d.category) {
          const oldPrice = offers.find((o) => o.category === d.category)?.price;
          const newPrice = offers.find((o) => o.category === patch.category)?.price;
          if (newPrice !== undefined && (d.costText === '' || amountOf(d.costText) === oldPrice)) {
            next.costText = String(newPrice);
          }
        }
        if (patch.performedOn !== undefined) next.endFollows = false;
        else if (patch.startedOn !== undefined) {
          const follows =
            d.endFollows ?? dateFromEntry(d.performedOn) === dateFromEntry(d.startedOn);
          // Remembered, so typing a start digit by digit keeps the end following it.
          next.endFollows = follows;
          // Only a whole date moves the end: half-typed starts never overwrite it.
          if (follows && looksLikeDate(patch.startedOn)) {
            next.performedOn = dateFromEntry(patch.startedOn);
          }
        }
        return next;
      }),
    };
  }

  updatePrior(year: string, patch: Partial<PriorDraft>): void {
    const form = this.form.value!;
    const before = form.prior[year] ?? { employee: '', employer: '' };
    this.form.value = { ...form, prior: { ...form.prior, [year]: { ...before, ...patch } } };
  }

  addInsats(): string {
    const draft = draftFor(this.config.value!.offers[0], this.today.value);
    const form = this.form.value!;
    this.form.value = { ...form, insatser: [...form.insatser, draft] };
    return draft.key;
  }

  removeInsats(key: string): void {
    const form = this.form.value!;
    if (form.insatser.length <= 1) return;
    this.form.value = { ...form, insatser: form.insatser.filter((d) => d.key !== key) };
  }

  touch(path: string): void {
    if (this.touched.value.has(path)) return;
    this.touched.value = new Set([...this.touched.value, path]);
  }

  reset(): void {
    this.changes.batch(() => {
      this.form.value = this.initialForm(this.config.value!);
      this.touched.value = new Set();
      this.openSaved.value = null;
    });
  }

  /** What is saved: the scenario without its date and without any identity. */
  savedScenario(): SavedScenario | null {
    const r = this.result.value;
    if (r.kind !== 'ok') return null;
    const { asOf: _asOf, provider, ...rest } = r.scenario;
    return { ...rest, provider: { fkApproved: provider.fkApproved } };
  }

  /** Reopens a saved estimate: its values, computed again as of today. */
  load(saved: { id: string; name: string; scenario: SavedScenario }): void {
    const s = saved.scenario;
    const prior: Record<string, PriorDraft> = {};
    for (const [year, p] of Object.entries(s.priorFkGrants ?? {})) {
      // Zero is what an empty field means: show it empty.
      prior[year] = {
        employee: p.employee ? String(p.employee) : '',
        employer: p.employer ? String(p.employer) : '',
      };
    }
    this.changes.batch(() => {
      this.form.value = {
        sector: s.employer.sector,
        afaAgreement: s.employer.afaAgreement,
        group: s.employee.group,
        fkApproved: s.provider.fkApproved,
        deductsVat: s.employer.deductsVat ?? true,
        medarbetaravtal: s.employer.medarbetaravtal ?? null,
        insatser: s.insatser.map((i) => ({
          key: nextKey(),
          category: i.category,
          startedOn: i.startedOn,
          performedOn: i.performedOn,
          costText: String(i.cost),
          vatText: i.vat ? String(i.vat) : '',
        })),
        prior,
      };
      this.touched.value = new Set();
      this.openSaved.value = { id: saved.id, name: saved.name };
    });
  }
}
