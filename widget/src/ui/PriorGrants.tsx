/**
 * "Har ni redan fått bidrag …?": grants FK already paid out, per year the insatser touch (FK-YEAR),
 * for the employee and for the whole employer. Built when opened: most employers never open it.
 */
import { useState } from 'preact/hooks';
import type { IssueReason } from '../../../core/schema/reasons.ts';
import type { Texts } from '../i18n.ts';
import { priorYears, type WidgetModel } from '../model.ts';
import { Field } from './fields.tsx';

export function PriorGrants({
  model,
  t,
  shownError,
}: {
  model: WidgetModel;
  t: Texts;
  shownError: (path: string, value: string) => IssueReason | undefined;
}) {
  const config = model.config.value!;
  const form = model.form.value!;
  // Stays open once opened, so emptying a field while typing does not close it under the cursor.
  const [priorOpen, setPriorOpen] = useState(false);
  const years = priorYears(form, model.today.value);
  const anyPrior = Object.values(form.prior).some((p) => p.employee !== '' || p.employer !== '');
  return (
    <details
      class="prior"
      open={priorOpen || anyPrior}
      onToggle={(e) => {
        setPriorOpen(e.currentTarget.open);
      }}
    >
      <summary>{t.priorSummary(years)}</summary>
      {(priorOpen || anyPrior) &&
        years.map((year) => (
          <fieldset part="fieldset" key={year}>
            <legend>{t.priorLegend(year)}</legend>
            <Field
              id={`sk-prior-${year}-employee`}
              label={t.priorEmployee(year)}
              value={form.prior[year]?.employee ?? ''}
              error={shownError(`priorFkGrants.${year}.employee`, form.prior[year]?.employee ?? '')}
              lang={config.lang}
              onInput={(v) => model.updatePrior(year, { employee: v })}
              onBlur={() => model.touch(`priorFkGrants.${year}.employee`)}
            />
            <Field
              id={`sk-prior-${year}-employer`}
              label={t.priorEmployer(year)}
              value={form.prior[year]?.employer ?? ''}
              error={shownError(`priorFkGrants.${year}.employer`, form.prior[year]?.employer ?? '')}
              lang={config.lang}
              onInput={(v) => model.updatePrior(year, { employer: v })}
              onBlur={() => model.touch(`priorFkGrants.${year}.employer`)}
            />
          </fieldset>
        ))}
    </details>
  );
}
