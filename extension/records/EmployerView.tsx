/** @jsxImportSource preact */
import { formatKronor } from '../../core/i18n/format.ts';
import { CATEGORIES } from '../../core/rules/categories.ts';
import { listInsatserByEmployer } from '../../core/store/records.ts';
import {
  db,
  employeeById,
  employeeHref,
  employerById,
  employerHref,
  lang,
  revision,
  tr,
} from './state.ts';
import { useAsync } from './use-async.ts';

export const PAGE_SIZE = 50;

/** One employer's insatser, a page at a time (the store reads only that page). */
export function EmployerView({ employerId, page }: { employerId: string; page: number }) {
  const result = useAsync(
    async () =>
      listInsatserByEmployer(await db(), employerId, {
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [employerId, page, revision.value],
  );
  const employer = employerById.value.get(employerId);
  if (result === undefined) return <p>{tr('loading')}</p>;
  if (!employer) return <p>{tr('noMatch')}</p>;
  const l = lang.value;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const base = employerHref(employerId);
  return (
    <section aria-labelledby="employer-heading">
      <p>
        <a href="#/">{tr('back')}</a>
      </p>
      <h2 id="employer-heading">
        {employer.name} <span class="muted">{employer.organisationsnummer}</span>
      </h2>
      <p>
        {result.total} {tr('insatser').toLowerCase()} · {tr('page')} {page + 1} {tr('of')} {pages}
      </p>
      <table class="split" data-testid="employer-insatser">
        <thead>
          <tr>
            <th scope="col">{tr('date')}</th>
            <th scope="col">{tr('employee')}</th>
            <th scope="col">{tr('insats')}</th>
            <th scope="col">{tr('category')}</th>
            <th scope="col" class="num">
              {tr('cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.insatser.map((i) => (
            <tr key={i.id}>
              <td>{i.performedOn}</td>
              <td>
                <a href={employeeHref(i.employeeId)}>
                  {employeeById.value.get(i.employeeId)?.name ?? i.employeeId}
                </a>
              </td>
              <td>{i.name}</td>
              <td>{CATEGORIES[i.category][l]}</td>
              <td class="num">{formatKronor(i.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={tr('pages')} class="pages">
        <ul>
          {page > 0 && (
            <li>
              <a href={`${base}/${page}`}>{tr('previousPage')}</a>
            </li>
          )}
          {page + 1 < pages && (
            <li>
              <a href={`${base}/${page + 2}`}>{tr('nextPage')}</a>
            </li>
          )}
        </ul>
      </nav>
    </section>
  );
}
