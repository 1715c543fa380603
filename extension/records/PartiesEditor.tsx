/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { AFA_AGREEMENTS, EMPLOYEE_GROUPS, SECTORS } from '../../core/rules/coverage.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import type { Employee, Employer } from '../../core/schema/records.ts';
import { InvalidRecordError, putEmployee, putEmployer } from '../../core/store/records.ts';
import { db, lang, refresh, tr } from './state.ts';
import { OPTION_LABELS } from './text.ts';

/**
 * Edits the employee and their employer: the facts that decide Afa's coverage (sector, agreement,
 * employee group) and the names on the documents.
 */
export function PartiesEditor({
  employee,
  employer,
  onDone,
}: {
  employee: Employee;
  employer: Employer;
  onDone: () => void;
}) {
  const errors = useSignal<FieldError[]>([]);
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    try {
      const d = await db();
      await putEmployer(d, {
        ...employer,
        name: text('employerName'),
        sector: text('sector') as Employer['sector'],
        afaAgreement: text('afaAgreement') as Employer['afaAgreement'],
      });
      await putEmployee(d, {
        ...employee,
        name: text('employeeName'),
        group: text('group') as Employee['group'],
      });
      errors.value = [];
      await refresh();
      onDone();
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
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
  return (
    <form class="editor" onSubmit={save} aria-label={tr('editParties')}>
      {errors.value.length > 0 && (
        <ul class="errors" role="alert">
          {errors.value.map((e) => (
            <li key={e.path}>{e[l]}</li>
          ))}
        </ul>
      )}
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
      <p class="actions">
        <button type="submit">{tr('save')}</button>{' '}
        <button type="button" onClick={onDone}>
          {tr('cancel')}
        </button>
      </p>
    </form>
  );
}
