/**
 * The employer's fieldset: sector, Afa agreement, employee group, the medarbetaravtal question
 * (only asked of private salaried staff with AGS) and, unless the page says, FK's approval.
 */
import { AGREEMENT_LABELS, GROUP_LABELS, SECTOR_LABELS } from '../../../core/i18n/labels.ts';
import { AFA_AGREEMENTS, EMPLOYEE_GROUPS, SECTORS } from '../../../core/rules/coverage.ts';
import type { Texts } from '../i18n.ts';
import { asksMedarbetaravtal, type FormState, type WidgetModel } from '../model.ts';
import { Check, Select } from './fields.tsx';

export function EmployerFields({ model, t }: { model: WidgetModel; t: Texts }) {
  const config = model.config.value!;
  const form = model.form.value!;
  return (
    <fieldset part="fieldset">
      <legend>{t.employerLegend}</legend>
      <Select
        id="sk-sector"
        label={t.sector}
        value={form.sector}
        options={SECTORS.map((s) => [s, SECTOR_LABELS[s][config.lang]])}
        onChange={(v) => model.update({ sector: v as FormState['sector'] })}
      />
      <Select
        id="sk-agreement"
        label={t.agreement}
        value={form.afaAgreement}
        options={AFA_AGREEMENTS.map((a) => [a, AGREEMENT_LABELS[a][config.lang]])}
        onChange={(v) => {
          model.touch('afaAgreement');
          model.update({ afaAgreement: v as FormState['afaAgreement'] });
        }}
      />
      <Select
        id="sk-group"
        label={t.group}
        value={form.group}
        options={EMPLOYEE_GROUPS.map((g) => [g, GROUP_LABELS[g][config.lang]])}
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
        <Check
          id="sk-approved"
          label={t.approved}
          hint={t.approvedHint}
          checked={form.fkApproved}
          onChange={(fkApproved) => model.update({ fkApproved })}
        />
      )}
    </fieldset>
  );
}
