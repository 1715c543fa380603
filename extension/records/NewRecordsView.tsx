/** @jsxImportSource preact */
import { signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { parseOrganisationsnummer, parsePersonnummer } from '../../core/ids/index.ts';
import { employeeIdFor, employerIdFor } from '../../core/import/csv.ts';
import {
  AFA_AGREEMENTS,
  type AfaAgreement,
  EMPLOYEE_GROUPS,
  SECTORS,
  type Sector,
  usualAfaAgreement,
} from '../../core/rules/coverage.ts';
import type { FieldError } from '../../core/schema/errors.ts';
import type { Employee, Employer } from '../../core/schema/records.ts';
import {
  getEmployee,
  getEmployer,
  InvalidRecordError,
  putEmployee,
  putEmployer,
} from '../../core/store/records.ts';
import { firstInsatsFor } from './InsatsEditor.tsx';
import { db, employeeHref, employers, lang, navigate, refresh, tr } from './state.ts';
import { OPTION_LABELS } from './text.ts';
import { NEW_TEXT as T } from './text-year.ts';

/**
 * The employer chosen last, so that the next employee of the same employer is quicker. In memory
 * only, for as long as the dashboard is open: see insats-memory.ts for why not in storage.
 */
const lastEmployerId = signal('');

/**
 * Employers and employees entered by hand, through the same schemas (and so the same messages)
 * as the import. A new employee leads to their page, where the first insats is added.
 */
export function NewRecordsView() {
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">{tr(T.heading)}</h2>
      <p>{tr(T.intro)}</p>
      <NewEmployee />
      <NewEmployer />
    </section>
  );
}

function Errors({ errors, id }: { errors: FieldError[]; id: string }) {
  if (errors.length === 0) return null;
  return (
    <ul class="errors" role="alert" id={id}>
      {errors.map((e) => (
        <li key={e.path + e.sv}>{e[lang.value]}</li>
      ))}
    </ul>
  );
}

function Options({ values }: { values: readonly string[] }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {OPTION_LABELS[v]?.[lang.value] ?? v}
        </option>
      ))}
    </>
  );
}

function NewEmployer() {
  const errors = useSignal<FieldError[]>([]);
  const saved = useSignal<string | null>(null);
  const sector = useSignal<Sector>('kommun');
  const afa = useSignal<AfaAgreement>(usualAfaAgreement('kommun'));
  async function save(event: Event) {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const orgnr = parseOrganisationsnummer(text('organisationsnummer'));
    const employer: Employer = {
      id: employerIdFor(orgnr.ok ? orgnr.normalized : text('organisationsnummer')),
      name: text('name'),
      organisationsnummer: text('organisationsnummer'),
      sector: text('sector') as Employer['sector'],
      afaAgreement: text('afaAgreement') as Employer['afaAgreement'],
      medarbetaravtal: form.get('medarbetaravtal') === 'on',
    };
    saved.value = null;
    const d = await db();
    if (orgnr.ok && (await getEmployer(d, employer.id))) {
      errors.value = [duplicate('organisationsnummer', T.employerExists)];
      return;
    }
    try {
      const stored = await putEmployer(d, employer);
      await refresh();
      errors.value = [];
      lastEmployerId.value = stored.id;
      saved.value = stored.name;
      formEl.reset();
      sector.value = 'kommun';
      afa.value = usualAfaAgreement('kommun');
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else throw error;
    }
  }
  return (
    <form onSubmit={save} aria-labelledby="new-employer-heading" noValidate>
      <h3 id="new-employer-heading">{tr(T.newEmployer)}</h3>
      <Errors errors={errors.value} id="new-employer-errors" />
      <div class="field">
        <label for="new-employer-name">{tr('employerName')}</label>
        <input id="new-employer-name" name="name" autoComplete="organization" required />
      </div>
      <div class="field">
        <label for="new-employer-orgnr">{tr('organisationsnummer')}</label>
        <input id="new-employer-orgnr" name="organisationsnummer" inputMode="numeric" required />
      </div>
      <div class="field">
        <label for="new-employer-sector">{tr('sector')}</label>
        <select
          id="new-employer-sector"
          name="sector"
          value={sector.value}
          onChange={(e) => {
            sector.value = e.currentTarget.value as Sector;
            // The sector's usual agreement is a starting guess (AFA-WHO); the user can change it.
            afa.value = usualAfaAgreement(sector.value);
          }}
        >
          <Options values={SECTORS} />
        </select>
      </div>
      <div class="field">
        <label for="new-employer-afa">{tr('afaAgreement')}</label>
        <select
          id="new-employer-afa"
          name="afaAgreement"
          value={afa.value}
          onChange={(e) => {
            afa.value = e.currentTarget.value as AfaAgreement;
          }}
        >
          <Options values={AFA_AGREEMENTS} />
        </select>
      </div>
      <div class="field checkbox">
        <input id="new-employer-medarbetaravtal" type="checkbox" name="medarbetaravtal" />
        <label for="new-employer-medarbetaravtal">{tr(T.medarbetaravtal)}</label>
      </div>
      <button type="submit">{tr(T.saveEmployer)}</button>
      {saved.value && (
        <p role="status" class="ok">
          {tr(T.employerSaved)} {saved.value}
        </p>
      )}
    </form>
  );
}

function duplicate(path: string, reason: { sv: string; en: string }): FieldError {
  const field =
    path === 'personnummer'
      ? { sv: 'Personnummer', en: 'Personnummer' }
      : { sv: 'Organisationsnummer', en: 'Organisationsnummer' };
  return {
    path,
    field,
    reason,
    sv: `${field.sv}: ${reason.sv}`,
    en: `${field.en}: ${reason.en}`,
  };
}

function NewEmployee() {
  const errors = useSignal<FieldError[]>([]);
  const nameField = useRef<HTMLInputElement>(null);
  const ready = employers.value.length > 0;
  useEffect(() => {
    // The form is the page's purpose: keyboard users start typing the name, also when the form
    // appears only after the first employer was saved.
    if (ready) nameField.current?.focus();
  }, [ready]);
  if (!ready) return <p>{tr(T.employerFirst)}</p>;
  const chosen = employers.value.some((e) => e.id === lastEmployerId.value)
    ? lastEmployerId.value
    : (employers.value[0]?.id ?? '');
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const employerId = text('employerId');
    const pnr = parsePersonnummer(text('personnummer'));
    const employee: Employee = {
      id: employeeIdFor(employerId, pnr.ok ? pnr.normalized : text('personnummer')),
      employerId,
      name: text('name'),
      personnummer: text('personnummer'),
      group: text('group') as Employee['group'],
    };
    lastEmployerId.value = employerId;
    const d = await db();
    if (pnr.ok && (await getEmployee(d, employee.id))) {
      errors.value = [duplicate('personnummer', T.employeeExists)];
      return;
    }
    try {
      const stored = await putEmployee(d, employee);
      errors.value = [];
      await refresh();
      // Their page opens with the first insats' form, focused (EmployeeView).
      firstInsatsFor.value = stored.id;
      // The address holds the record's opaque token, never its id (which holds the personnummer).
      navigate(employeeHref(stored.id).slice(1));
    } catch (error) {
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else throw error;
    }
  }
  return (
    <form onSubmit={save} aria-labelledby="new-employee-heading" noValidate>
      <h3 id="new-employee-heading">{tr(T.newEmployee)}</h3>
      <Errors errors={errors.value} id="new-employee-errors" />
      <div class="field">
        <label for="new-employee-employer">{tr('employer')}</label>
        <select id="new-employee-employer" name="employerId">
          {employers.value.map((e) => (
            <option key={e.id} value={e.id} selected={e.id === chosen}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="new-employee-name">{tr('employeeName')}</label>
        <input id="new-employee-name" name="name" required ref={nameField} />
      </div>
      <div class="field">
        <label for="new-employee-pnr">{tr('personnummer')}</label>
        <input id="new-employee-pnr" name="personnummer" inputMode="numeric" required />
      </div>
      <div class="field">
        <label for="new-employee-group">{tr('group')}</label>
        <select id="new-employee-group" name="group">
          <Options values={EMPLOYEE_GROUPS} />
        </select>
      </div>
      <button type="submit">{tr(T.saveEmployee)}</button>
    </form>
  );
}
