/**
 * The whole widget, laid out: the heading, the form (EmployerFields, one InsatsRow per insats,
 * PriorGrants), the totals bar for narrow containers, the Result, "Sparade kalkyler", "Så räknar
 * vi" and the footer. Reads and writes only its own WidgetModel, so two widgets on a page never
 * touch each other.
 */
import { useRef } from 'preact/hooks';
import { formatKronor } from '../../../core/i18n/format.ts';
import { RULESET } from '../../../core/rules/parameters.ts';
import type { IssueReason } from '../../../core/schema/reasons.ts';
import { textsFor } from '../i18n.ts';
import { parts } from '../lazy/part.ts';
import { hasVat, type WidgetModel } from '../model.ts';
import { useChanges } from '../store.ts';
import { EmployerFields } from './EmployerFields.tsx';
import { Check } from './fields.tsx';
import { HowWeCount } from './HowWeCount.tsx';
import { InsatsRow } from './InsatsRow.tsx';
import { PriorGrants } from './PriorGrants.tsx';
import { Result } from './Result.tsx';
import { Saved } from './Saved.tsx';
import { TextsLoading } from './TextsLoading.tsx';

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
          <EmployerFields model={model} t={t} />
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
              <Check
                id="sk-deducts-vat"
                label={t.deductsVat}
                hint={t.deductsVatHint}
                checked={form.deductsVat}
                onChange={(deductsVat) => model.update({ deductsVat })}
              />
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
          <PriorGrants model={model} t={t} shownError={shownError} />
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
