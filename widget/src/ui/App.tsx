/**
 * The whole widget: the form, the result, saved estimates and "Så räknar vi". Reads and writes
 * only its own WidgetModel, so two widgets on a page never touch each other.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatKronor } from '../../../core/i18n/format.ts';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../core/rules/categories.ts';
import { AFA_AGREEMENTS, EMPLOYEE_GROUPS, SECTORS } from '../../../core/rules/coverage.ts';
import { RULESET } from '../../../core/rules/parameters.ts';
import type { IssueReason } from '../../../core/schema/reasons.ts';
import { dateFromEntry, looksLikeDate } from '../date-entry.ts';
import { loadTexts, type Texts, textsFailed, textsFor } from '../i18n.ts';
import { parts } from '../lazy/part.ts';
import {
  asksMedarbetaravtal,
  type FormState,
  hasVat,
  type InsatsDraft,
  priorYears,
  type WidgetModel,
} from '../model.ts';
import { useChanges } from '../store.ts';
import { HowWeCount } from './HowWeCount.tsx';
import { Result } from './Result.tsx';
import { Saved } from './Saved.tsx';

export interface AppProps {
  model: WidgetModel;
}

export function App({ model }: AppProps) {
  // The whole tree renders from here: any change to the model, or a part's arrival, renders it.
  useChanges(model.changes, parts);
  const config = model.config.value!;
  const form = model.form.value!;
  const focusKey = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Stays open once opened, so emptying a field while typing does not close it under the cursor.
  const [priorOpen, setPriorOpen] = useState(false);
  // Hooks first: a language switched at run time renders this placeholder, then the form.
  const loaded = textsFor(config.lang);
  if (!loaded) return <TextsLoading lang={config.lang} />;
  const t = loaded;
  const result = model.result.value;
  const H = `h${config.headingLevel}` as 'h2';
  const errors = result.kind === 'ok' ? [] : result.errors;
  const touched = model.touched.value;
  const shownError = (path: string, value: string): IssueReason | undefined =>
    errors.find((e) => e.path === path && (value.trim() !== '' || touched.has(path)));
  const years = priorYears(form, model.today.value);
  const anyPrior = Object.values(form.prior).some((p) => p.employee !== '' || p.employer !== '');

  return (
    <section
      class={`widget layout-${config.layout}`}
      part="container"
      lang={config.lang}
      {...(config.heading === 'none'
        ? { 'aria-label': t.title }
        : { 'aria-labelledby': 'sk-title' })}
    >
      {config.heading !== 'none' && (
        <H id="sk-title" part="heading">
          {t.title}
        </H>
      )}
      <p class="muted">
        {config.providerName ? `${t.by(config.providerName)}. ` : ''}
        {t.intro}
      </p>
      <div class="cols">
        <form
          part="form"
          class="no-print"
          noValidate
          onSubmit={(e) => e.preventDefault()}
          aria-describedby="sk-privacy"
        >
          <fieldset part="fieldset">
            <legend>{t.employerLegend}</legend>
            <Select
              id="sk-sector"
              label={t.sector}
              value={form.sector}
              options={SECTORS.map((s) => [s, t.sectors[s]])}
              onChange={(v) => model.update({ sector: v as FormState['sector'] })}
            />
            <Select
              id="sk-agreement"
              label={t.agreement}
              value={form.afaAgreement}
              options={AFA_AGREEMENTS.map((a) => [a, t.agreements[a]])}
              onChange={(v) => {
                model.touch('afaAgreement');
                model.update({ afaAgreement: v as FormState['afaAgreement'] });
              }}
            />
            <Select
              id="sk-group"
              label={t.group}
              value={form.group}
              options={EMPLOYEE_GROUPS.map((g) => [g, t.groups[g]])}
              onChange={(v) => model.update({ group: v as FormState['group'] })}
            />
            {asksMedarbetaravtal(form) && (
              <Select
                id="sk-medarbetaravtal"
                label={t.medarbetaravtal}
                hint={t.medarbetaravtalHint}
                value={form.medarbetaravtal === null ? '' : form.medarbetaravtal ? 'ja' : 'nej'}
                options={(['', 'ja', 'nej'] as const).map((v) => [v, t.medarbetaravtalAnswers[v]])}
                onChange={(v) => model.update({ medarbetaravtal: v === '' ? null : v === 'ja' })}
              />
            )}
            {config.fkApproved === null && (
              <div class="field check">
                <input
                  id="sk-approved"
                  type="checkbox"
                  part="input"
                  checked={form.fkApproved}
                  aria-describedby="sk-approved-hint"
                  onChange={(e) => model.update({ fkApproved: e.currentTarget.checked })}
                />
                <label for="sk-approved">{t.approved}</label>
                <p id="sk-approved-hint" class="hint">
                  {t.approvedHint}
                </p>
              </div>
            )}
          </fieldset>
          <fieldset part="fieldset">
            <legend>{t.insatserLegend}</legend>
            {form.insatser.map((draft, i) => (
              <InsatsRow
                key={draft.key}
                draft={draft}
                index={i}
                t={t}
                model={model}
                autoFocus={focusKey.current === draft.key}
                canRemove={form.insatser.length > 1}
                error={(field, value) => shownError(`insatser.${i}.${field}`, value)}
                onRemoved={() => addButton.current?.focus()}
              />
            ))}
            {hasVat(form) && (
              <div class="field check">
                <input
                  id="sk-deducts-vat"
                  type="checkbox"
                  part="input"
                  checked={form.deductsVat}
                  aria-describedby="sk-deducts-vat-hint"
                  onChange={(e) => model.update({ deductsVat: e.currentTarget.checked })}
                />
                <label for="sk-deducts-vat">{t.deductsVat}</label>
                <p id="sk-deducts-vat-hint" class="hint">
                  {t.deductsVatHint}
                </p>
              </div>
            )}
            <button
              type="button"
              ref={addButton}
              part="button"
              onClick={() => {
                focusKey.current = model.addInsats();
              }}
            >
              {t.add}
            </button>
          </fieldset>
          <details
            class="prior"
            open={priorOpen || anyPrior}
            onToggle={(e) => {
              setPriorOpen(e.currentTarget.open);
            }}
          >
            <summary>{t.priorSummary(years)}</summary>
            {/* Built when opened: most employers never open it, and the first frame is lighter. */}
            {(priorOpen || anyPrior) &&
              years.map((year) => (
                <fieldset part="fieldset" key={year}>
                  <legend>{t.priorLegend(year)}</legend>
                  <Field
                    id={`sk-prior-${year}-employee`}
                    label={t.priorEmployee(year)}
                    value={form.prior[year]?.employee ?? ''}
                    error={shownError(
                      `priorFkGrants.${year}.employee`,
                      form.prior[year]?.employee ?? '',
                    )}
                    lang={config.lang}
                    onInput={(v) => model.updatePrior(year, { employee: v })}
                    onBlur={() => model.touch(`priorFkGrants.${year}.employee`)}
                  />
                  <Field
                    id={`sk-prior-${year}-employer`}
                    label={t.priorEmployer(year)}
                    value={form.prior[year]?.employer ?? ''}
                    error={shownError(
                      `priorFkGrants.${year}.employer`,
                      form.prior[year]?.employer ?? '',
                    )}
                    lang={config.lang}
                    onInput={(v) => model.updatePrior(year, { employer: v })}
                    onBlur={() => model.touch(`priorFkGrants.${year}.employer`)}
                  />
                </fieldset>
              ))}
          </details>
        </form>
        {result.kind === 'ok' && (
          // Narrow containers: the totals stay in view at the bottom while the form scrolls by.
          <p class="sticky-totals no-print" aria-hidden="true" data-sticky-totals>
            <span>
              {t.payers.fk}{' '}
              <strong data-bar-total="fk">{formatKronor(result.estimate.totals.fk)}</strong>
            </span>
            <span>
              {t.payers.afa}{' '}
              <strong data-bar-total="afa">{formatKronor(result.estimate.totals.afa)}</strong>
            </span>
            <span>
              {t.employerPays}{' '}
              <strong data-bar-total="employer">
                {formatKronor(result.estimate.totals.employer)}
              </strong>
            </span>
          </p>
        )}
        <Result model={model} t={t} H={H} />
      </div>
      <Saved model={model} t={t} H={H} />
      <HowWeCount
        lang={config.lang}
        t={t}
        rules={
          result.kind === 'ok' ? [...new Set(result.estimate.lines.flatMap((l) => l.rules))] : []
        }
      />
      <footer class="trust" part="trust">
        <p>
          <strong>{t.disclaimer}</strong>
        </p>
        <p>{t.ruleset(RULESET.version, RULESET.date)}</p>
        <p id="sk-privacy">{t.privacy}</p>
      </footer>
    </section>
  );
}

/** While the page's language loads (a lang changed at run time), or when it could not. */
function TextsLoading({ lang }: { lang: 'sv' | 'en' }) {
  if (!textsFailed(lang)) {
    loadTexts(lang).catch(() => {});
    return <section class="widget loading" part="container" aria-busy="true" />;
  }
  return (
    <section class="widget" part="container">
      <p class="error" role="alert">
        Kalkylen kunde inte laddas helt. Ladda om sidan. / The estimate could not load completely.
        Reload the page.
      </p>
    </section>
  );
}

interface RowProps {
  draft: InsatsDraft;
  index: number;
  t: Texts;
  model: WidgetModel;
  autoFocus: boolean;
  canRemove: boolean;
  error: (
    field: 'category' | 'startedOn' | 'performedOn' | 'cost' | 'vat',
    value: string,
  ) => IssueReason | undefined;
  onRemoved: () => void;
}

function InsatsRow({ draft, index, t, model, autoFocus, canRemove, error, onRemoved }: RowProps) {
  const config = model.config.value!;
  const lang = config.lang;
  const id = `sk-${draft.key}`;
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);
  const offered = new Set(config.offers.map((o) => o.category));
  const label = (c: CategoryId) =>
    config.offers.find((o) => o.category === c)?.label ?? CATEGORIES[c][lang];
  const others = CATEGORY_IDS.filter((c) => !offered.has(c));
  const update = (patch: Partial<InsatsDraft>) => model.updateInsats(draft.key, patch);
  // A half-typed date is no mistake yet: its error waits for the field to be left.
  const dateError = (field: 'startedOn' | 'performedOn') =>
    error(field, looksLikeDate(draft[field]) ? draft[field] : '');
  const startError = dateError('startedOn');
  const endError = dateError('performedOn');
  /** Leaving a date field writes what was understood, the ISO way (`20260310` → `2026-03-10`). */
  const leaveDate = (field: 'startedOn' | 'performedOn') => {
    model.touch(`insatser.${index}.${field}`);
    const iso = dateFromEntry(draft[field]);
    if (looksLikeDate(draft[field]) && iso !== draft[field]) update({ [field]: iso });
  };
  const vatError = error('vat', draft.vatText);
  // Open while it holds something, so a typed VAT (or its error) is never hidden.
  const [vatOpen, setVatOpen] = useState(draft.vatText !== '');

  return (
    <fieldset class="insats" data-insats-index={index} part="insats">
      <legend class="insats-title">{t.insats(index + 1)}</legend>
      <div class="field">
        <label for={`${id}-category`}>{t.category}</label>
        <select
          id={`${id}-category`}
          name="category"
          part="input"
          ref={first}
          value={draft.category}
          onChange={(e) => update({ category: e.currentTarget.value as CategoryId })}
        >
          {offered.size > 0 ? (
            <>
              <optgroup label={t.ours}>
                {config.offers.map((o) => (
                  <option key={o.category} value={o.category}>
                    {label(o.category)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t.others}>
                {others.map((c) => (
                  <option key={c} value={c}>
                    {label(c)}
                  </option>
                ))}
              </optgroup>
            </>
          ) : (
            others.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))
          )}
        </select>
      </div>
      <div class="dates">
        <Field
          date
          id={`${id}-start`}
          name="startedOn"
          label={t.startedOn}
          hint={t.dateHint}
          value={draft.startedOn}
          error={startError}
          lang={lang}
          onInput={(v) => update({ startedOn: v })}
          onBlur={() => leaveDate('startedOn')}
        />
        <Field
          date
          id={`${id}-end`}
          name="performedOn"
          label={t.performedOn}
          hint={t.dateHint}
          value={draft.performedOn}
          error={endError}
          lang={lang}
          onInput={(v) => update({ performedOn: v })}
          onBlur={() => leaveDate('performedOn')}
        />
      </div>
      <Field
        id={`${id}-cost`}
        name="cost"
        label={t.cost}
        hint={t.costHint}
        value={draft.costText}
        error={error('cost', draft.costText)}
        lang={lang}
        onInput={(v) => update({ costText: v })}
        onBlur={() => model.touch(`insatser.${index}.cost`)}
      />
      <details
        class="vat"
        open={vatOpen || draft.vatText !== '' || vatError !== undefined}
        onToggle={(e) => {
          setVatOpen(e.currentTarget.open);
        }}
      >
        <summary>{t.vatSummary}</summary>
        {(vatOpen || draft.vatText !== '' || vatError !== undefined) && (
          <Field
            id={`${id}-vat`}
            name="vat"
            label={t.vat}
            hint={t.vatHint}
            value={draft.vatText}
            error={vatError}
            lang={lang}
            onInput={(v) => update({ vatText: v })}
            onBlur={() => model.touch(`insatser.${index}.vat`)}
          />
        )}
      </details>
      {canRemove && (
        <button
          type="button"
          part="button"
          class="link"
          onClick={() => {
            model.removeInsats(draft.key);
            onRemoved();
          }}
        >
          {t.remove(index + 1)}
        </button>
      )}
    </fieldset>
  );
}

function Select(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <select
        id={props.id}
        part="input"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface InputProps {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  error: IssueReason | undefined;
  lang: 'sv' | 'en';
  onInput: (value: string) => void;
  onBlur: () => void;
}

/** A labelled text or date input with its hint and its error, tied by aria-describedby. */
function Field(props: InputProps & { date?: boolean }) {
  const describedBy =
    [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        name={props.name}
        type="text"
        inputMode={props.date ? 'numeric' : 'decimal'}
        autoComplete="off"
        part="input"
        value={props.value}
        required={props.date}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="error" part="error">
          {props.error.reason[props.lang]}
        </p>
      )}
    </div>
  );
}
