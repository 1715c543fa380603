/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { employeeHref, employees, employerHref, employers, tr } from './state.ts';

/** Employers with their employees; the search narrows both by name, personnummer or orgnr. */
export function RecordsList() {
  const query = useSignal('');
  const q = query.value.trim().toLowerCase();
  const matches = (s: string) => s.toLowerCase().includes(q);
  if (employers.value.length === 0) return <p>{tr('noRecords')}</p>;
  const groups = employers.value
    .map((employer) => {
      const all = employees.value.filter((e) => e.employerId === employer.id);
      const employerMatches = matches(employer.name) || matches(employer.organisationsnummer);
      const shown =
        q === '' || employerMatches
          ? all
          : all.filter((e) => matches(e.name) || matches(e.personnummer));
      return { employer, shown, visible: q === '' || employerMatches || shown.length > 0 };
    })
    .filter((g) => g.visible);
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{tr('navRecords')}</h2>
      <label class="field">
        {tr('search')}
        <input
          type="search"
          value={query.value}
          onInput={(e) => {
            query.value = e.currentTarget.value;
          }}
        />
      </label>
      {groups.length === 0 && <p>{tr('noMatch')}</p>}
      {groups.map(({ employer, shown }) => (
        <section class="employer" key={employer.id} aria-label={employer.name}>
          <h3>
            {employer.name} <span class="muted">{employer.organisationsnummer}</span>
          </h3>
          <p>
            <a href={employerHref(employer.id)}>
              {tr('employerInsatser')}
              <span class="visually-hidden"> {employer.name}</span>
            </a>
          </p>
          <ul class="employees">
            {shown.map((e) => (
              <li key={e.id}>
                <a href={employeeHref(e.id)}>{e.name}</a>{' '}
                <span class="muted">{e.personnummer}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
