/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import type * as z from 'zod/mini';
import { AFA_AGREEMENTS, EMPLOYEE_GROUPS, SECTORS } from '../../core/rules/coverage.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import { toFieldErrors } from '../../core/schema/errors.ts';
import type { Employee, Employer } from '../../core/schema/records.ts';
import { EmployeeSchema, EmployerSchema } from '../../core/schema/records.ts';
import {
  InvalidRecordError,
  putEmployee,
  putEmployer,
  StaleRecordsError,
} from '../../core/store/records.ts';
import { EditorAlerts } from './EditorAlerts.tsx';
import { changed, db, lang, tr } from './state.ts';
import { OPTION_LABELS } from './text.ts';

/**
 * The editor shows two names, so a name's error says whose it is ("Medarbetarens namn: …"), as the
 * field's label does, instead of the schema's plain "Namn".
 */
function refusedAs(
  nameField: 'employerName' | 'employeeName',
  issues: readonly z.core.$ZodIssue[],
) {
  return new InvalidRecordError(
    toFieldErrors(
      issues.map((i) =>
        i.path[0] === 'name' ? { ...i, path: [nameField, ...i.path.slice(1)] } : i,
      ),
    ),
  );
}
function checkEmployer(e: unknown) {
  const r = EmployerSchema.safeParse(e);
  if (!r.success) throw refusedAs('employerName', r.error.issues);
}
function checkEmployee(e: unknown) {
  const r = EmployeeSchema.safeParse(e);
  if (!r.success) throw refusedAs('employeeName', r.error.issues);
}

/**
 * Edits the employee and their employer: the facts that decide Afa's coverage (sector, agreement,
 * employee group) and the names on the documents.
 */
export function PartiesEditor({
  employee,
  employer,
  revision,
  onDone,
}: {
  employee: Employee;
  employer: Employer;
  /** The records' revision the form was filled from: a save on changed records is refused. */
  revision: number;
  onDone: () => void;
}) {
  const errors = useSignal<FieldError[]>([]);
  const stale = useSignal(false);
  const openedAt = useSignal(revision).peek();
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    // A fact left at its default stays absent, as the file or form that made the record said.
    const flag = (k: 'deductsVat' | 'medarbetaravtal', fallback: boolean) => {
      const on = form.get(k) === 'ja';
      return employer[k] === undefined && on === fallback ? {} : { [k]: on };
    };
    const { deductsVat: _d, medarbetaravtal: _m, ...rest } = employer;
    const nextEmployer = {
      ...rest,
      name: text('employerName'),
      sector: text('sector') as Employer['sector'],
      afaAgreement: text('afaAgreement') as Employer['afaAgreement'],
      ...flag('deductsVat', true),
      ...flag('medarbetaravtal', false),
    };
    const nextEmployee = {
      ...employee,
      name: text('employeeName'),
      group: text('group') as Employee['group'],
    };
    try {
      const d = await db();
      // Both checked before either is written, so a refused employee leaves the employer as it was.
      checkEmployer(nextEmployer);
      checkEmployee(nextEmployee);
      await putEmployer(d, nextEmployer, { expectedRevision: openedAt });
      await putEmployee(d, nextEmployee, { expectedRevision: openedAt + 1 });
      errors.value = [];
      await changed();
      onDone();
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else if (error instanceof StaleRecordsError) stale.value = true;
      else throw error;
    }
  }
  const l = lang.value;
  const select = (name: string, label: string, values: readonly string[], value: string) => (
    <div class="field">
      <label for={`parties-${name}`}>{label}</label>
      <select id={`parties-${name}`} name={name}>
        {values.map((v) => (
          <option key={v} value={v} selected={v === value}>
            {OPTION_LABELS[v]?.[l] ?? v}
          </option>
        ))}
      </select>
    </div>
  );
  const checkbox = (name: 'deductsVat' | 'medarbetaravtal', checked: boolean, hint: string) => (
    <div class="field">
      <label class="inline">
        <input
          type="checkbox"
          name={name}
          value="ja"
          defaultChecked={checked}
          aria-describedby={`parties-${name}-hint`}
        />{' '}
        {tr(name)}
      </label>
      <div id={`parties-${name}-hint`} class="muted">
        {hint}
      </div>
    </div>
  );
  return (
    <form class="editor" onSubmit={save} aria-label={tr('editParties')}>
      <EditorAlerts stale={stale.value} errors={errors.value} onDone={onDone} />
      <div class="field">
        <label for="parties-employeeName">{tr('employeeName')}</label>
        <input id="parties-employeeName" name="employeeName" defaultValue={employee.name} />
      </div>
      {select('group', tr('group'), EMPLOYEE_GROUPS, employee.group)}
      <div class="field">
        <label for="parties-employerName">{tr('employerName')}</label>
        <input id="parties-employerName" name="employerName" defaultValue={employer.name} />
      </div>
      {select('sector', tr('sector'), SECTORS, employer.sector)}
      {select('afaAgreement', tr('afaAgreement'), AFA_AGREEMENTS, employer.afaAgreement)}
      {checkbox('deductsVat', employer.deductsVat !== false, tr('deductsVatHint'))}
      {checkbox('medarbetaravtal', employer.medarbetaravtal === true, tr('medarbetaravtalHint'))}
      <p class="actions">
        <button type="submit">{tr('save')}</button>{' '}
        <button type="button" onClick={onDone}>
          {tr('cancel')}
        </button>
      </p>
    </form>
  );
}
