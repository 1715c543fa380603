/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { todayIso, yearOf } from '../../core/i18n/dates.ts';
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import {
  type EmployeeRow,
  type EmployerRow,
  queryRegister,
  REGISTER_STATUSES,
  type RegisterRow,
  type RegisterStatus,
  rowsFromSummaries,
  type SortKey,
  summaryYears,
} from '../../core/register/register.ts';
import { SECTORS, type Sector } from '../../core/rules/coverage.ts';
import { loadRegisterSummaries } from '../../core/store/records.ts';
import { CapBar } from './CapBar.tsx';
import { db, employeeHref, employerHref, employers, lang, revision, tr } from './state.ts';
import { OPTION_LABELS } from './text.ts';
import { REGISTER_TEXT as T } from './text-year.ts';
import { useAsync } from './use-async.ts';
import './year.css';
import { defaultYear } from './year-end/YearEndView.tsx';

const PAGE_SIZE = 50;

type Column = {
  key: SortKey | null;
  label: keyof typeof T;
  num?: boolean;
  cell: (r: RegisterRow) => preact.ComponentChildren;
};

/** Employers and employees as sortable, filterable tables with the year's totals and caps. */
export function RegisterTable() {
  const today = todayIso();
  // The stored summaries (one per employer), not every record: see core/store/summaries.ts.
  const summaries = useAsync(
    async () => loadRegisterSummaries(await db(), today),
    [revision.value, today],
  );
  const kind = useSignal<'employees' | 'employers'>('employees');
  const chosenYear = useSignal<number | undefined>(undefined);
  const search = useSignal('');
  const employerId = useSignal('');
  const sector = useSignal<Sector | ''>('');
  const status = useSignal<RegisterStatus | ''>('');
  const sort = useSignal<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'name', dir: 'asc' });
  const page = useSignal(0);
  const l = lang.value;

  const years = useMemo(() => {
    const all = new Set<number>([yearOf(today)]);
    for (const y of summaryYears(summaries ?? [])) all.add(y);
    return [...all].sort((a, b) => b - a);
  }, [summaries, today]);
  const year = chosenYear.value ?? defaultYear(years, today) ?? yearOf(today);
  const rows = useMemo(
    () => (summaries ? rowsFromSummaries(summaries, { year, asOf: today }) : undefined),
    [summaries, year, today],
  );
  if (!rows) return <p>{tr('loading')}</p>;

  const list: RegisterRow[] = kind.value === 'employees' ? rows.employees : rows.employers;
  const result = queryRegister(list, {
    search: search.value,
    ...(employerId.value ? { employerId: employerId.value } : {}),
    ...(sector.value ? { sector: sector.value } : {}),
    ...(status.value ? { status: status.value } : {}),
    sort: sort.value,
    page: page.value,
    pageSize: PAGE_SIZE,
  });
  const reset = () => {
    page.value = 0;
  };
  const money = (k: 'cost' | 'fk' | 'afa' | 'employer') => (r: RegisterRow) => formatKronor(r[k]);
  const statusCell = (r: RegisterRow) => r.statuses.map((s) => T[s][l]).join(', ');
  const deadlineCell = (r: RegisterRow) =>
    r.nextDeadline ? formatDateLong(r.nextDeadline, l) : '–';
  const capCell = (r: RegisterRow) => <CapBar used={r.fk} cap={r.cap} lang={l} />;
  const columns: Column[] =
    kind.value === 'employees'
      ? [
          {
            key: 'name',
            label: 'name',
            cell: (r) => <a href={employeeHref(r.id)}>{r.name}</a>,
          },
          { key: null, label: 'personnummer', cell: (r) => (r as EmployeeRow).personnummer },
          { key: 'employerName', label: 'employer', cell: (r) => (r as EmployeeRow).employerName },
          { key: 'insatser', label: 'insatser', num: true, cell: (r) => r.insatser },
          { key: 'cost', label: 'cost', num: true, cell: money('cost') },
          { key: 'fk', label: 'fk', num: true, cell: money('fk') },
          { key: 'afa', label: 'afa', num: true, cell: money('afa') },
          { key: 'employer', label: 'employerPays', num: true, cell: money('employer') },
          { key: null, label: 'cap', cell: capCell },
          { key: null, label: 'status', cell: statusCell },
          { key: 'nextDeadline', label: 'nextDeadline', cell: deadlineCell },
        ]
      : [
          {
            key: 'name',
            label: 'name',
            cell: (r) => <a href={employerHref(r.id)}>{r.name}</a>,
          },
          {
            key: null,
            label: 'organisationsnummer',
            cell: (r) => (r as EmployerRow).organisationsnummer,
          },
          { key: null, label: 'sector', cell: (r) => OPTION_LABELS[r.sector]?.[l] ?? r.sector },
          { key: null, label: 'employees', num: true, cell: (r) => (r as EmployerRow).employees },
          { key: 'insatser', label: 'insatser', num: true, cell: (r) => r.insatser },
          { key: 'cost', label: 'cost', num: true, cell: money('cost') },
          { key: 'fk', label: 'fk', num: true, cell: money('fk') },
          { key: 'afa', label: 'afa', num: true, cell: money('afa') },
          { key: 'employer', label: 'employerPays', num: true, cell: money('employer') },
          { key: null, label: 'cap', cell: capCell },
          { key: null, label: 'status', cell: statusCell },
          { key: 'nextDeadline', label: 'nextDeadline', cell: deadlineCell },
        ];
  const firstNum = columns.findIndex((c) => c.label === 'insatser');
  const sums: Partial<Record<keyof typeof T, string | number>> = {
    insatser: result.sum.insatser,
    cost: formatKronor(result.sum.cost),
    fk: formatKronor(result.sum.fk),
    afa: formatKronor(result.sum.afa),
    employerPays: formatKronor(result.sum.employer),
  };
  const pageText = T.pageOf[l]
    .replace('{page}', String(result.page + 1))
    .replace('{pages}', String(result.pages));
  return (
    <section aria-labelledby="register-table-heading" class="register-table">
      <h2 id="register-table-heading">{tr(T.heading)}</h2>
      <fieldset class="no-print">
        <legend>{tr(T.show)}</legend>
        {(['employees', 'employers'] as const).map((k) => (
          <label class="inline" key={k}>
            <input
              type="radio"
              name="register-kind"
              checked={kind.value === k}
              onChange={() => {
                kind.value = k;
                reset();
              }}
            />{' '}
            {tr(k === 'employees' ? T.showEmployees : T.showEmployers)}
          </label>
        ))}
      </fieldset>
      <div class="filters no-print">
        <div class="field">
          <label for="register-search">{tr(T.searchTable)}</label>
          <input
            id="register-search"
            type="search"
            value={search.value}
            onInput={(e) => {
              search.value = e.currentTarget.value;
              reset();
            }}
          />
        </div>
        <Select
          id="register-year"
          label={tr(T.year)}
          value={String(year)}
          options={years.map((y) => [String(y), String(y)])}
          onChange={(v) => {
            chosenYear.value = Number(v);
            reset();
          }}
        />
        {kind.value === 'employees' && (
          <Select
            id="register-employer"
            label={tr(T.filterEmployer)}
            value={employerId.value}
            options={[
              ['', tr(T.allEmployers)],
              ...employers.value.map((e) => [e.id, e.name] as const),
            ]}
            onChange={(v) => {
              employerId.value = v;
              reset();
            }}
          />
        )}
        <Select
          id="register-sector"
          label={tr(T.sector)}
          value={sector.value}
          options={[
            ['', tr(T.allSectors)],
            ...SECTORS.map((s) => [s, OPTION_LABELS[s]?.[l] ?? s] as const),
          ]}
          onChange={(v) => {
            sector.value = v as Sector | '';
            reset();
          }}
        />
        <Select
          id="register-status"
          label={tr(T.status)}
          value={status.value}
          options={[
            ['', tr(T.allStatuses)],
            ...REGISTER_STATUSES.map((s) => [s, T[s][l]] as const),
          ]}
          onChange={(v) => {
            status.value = v as RegisterStatus | '';
            reset();
          }}
        />
      </div>
      <p role="status" data-testid="register-count">
        {result.total} {tr(T.rowsShown)}
      </p>
      {result.total === 0 ? (
        <p>{tr(T.noRows)}</p>
      ) : (
        <table class="split" data-testid="register-table">
          <thead>
            <tr>
              {columns.map((c) => {
                const active = c.key !== null && sort.value.key === c.key;
                return (
                  <th
                    scope="col"
                    key={c.label}
                    class={c.num ? 'num' : undefined}
                    aria-sort={
                      active ? (sort.value.dir === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    {c.key === null ? (
                      tr(T[c.label])
                    ) : (
                      <button
                        type="button"
                        class="sort"
                        onClick={() => {
                          const key = c.key as SortKey;
                          sort.value =
                            sort.value.key === key
                              ? { key, dir: sort.value.dir === 'asc' ? 'desc' : 'asc' }
                              : { key, dir: c.num ? 'desc' : 'asc' };
                          reset();
                        }}
                      >
                        {tr(T[c.label])}
                        <span aria-hidden="true">
                          {active ? (sort.value.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.id} data-row={r.id}>
                {columns.map((c) => (
                  <td key={c.label} class={c.num ? 'num' : undefined}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="register-sum">
              <th scope="row" colSpan={firstNum}>
                {tr(T.total)}
              </th>
              {columns.slice(firstNum).map((c) => (
                <td key={c.label} class={c.num ? 'num' : undefined}>
                  {sums[c.label] ?? ''}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
      {result.pages > 1 && (
        <nav class="no-print pager" aria-label={pageText}>
          <button
            type="button"
            disabled={result.page === 0}
            onClick={() => {
              page.value = result.page - 1;
            }}
          >
            {tr(T.previous)}
          </button>{' '}
          <span>{pageText}</span>{' '}
          <button
            type="button"
            disabled={result.page >= result.pages - 1}
            onClick={() => {
              page.value = result.page + 1;
            }}
          >
            {tr(T.next)}
          </button>
        </nav>
      )}
    </section>
  );
}

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
