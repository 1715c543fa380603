/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { splitLines, splitTotals } from '../../core/documents/employee-split.ts';
import { todayIso } from '../../core/i18n/dates.ts';
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import { CATEGORIES, FK_KIND_LABELS } from '../../core/rules/categories.ts';
import type { Insats } from '../../core/schema/records.ts';
import { deleteEmployee } from '../../core/store/records.ts';
import { ApplicationsList } from './ApplicationsList.tsx';
import { InsatsApprovalWarning } from './ApprovalNotices.tsx';
import { firstInsatsFor, InsatsEditor } from './InsatsEditor.tsx';
import { loadCaseWithSplits } from './load-case.ts';
import { PartiesEditor } from './PartiesEditor.tsx';
import { changed, db, employeeHref, lang, navigate, revision, tr } from './state.ts';
import { OPTION_LABELS } from './text.ts';
import { useAsync } from './use-async.ts';

/** One employee: their insatser, the split of each with the reasons, and their documents. */
export function EmployeeView({ employeeId }: { employeeId: string }) {
  // Straight from "Ny medarbetare": the first insats' form is open, its first field focused.
  const justCreated = firstInsatsFor.peek() === employeeId;
  if (justCreated) firstInsatsFor.value = null;
  const editing = useSignal<string | null>(justCreated ? 'new' : null);
  const focusNew = useSignal(justCreated);
  const addButton = useRef<HTMLButtonElement>(null);
  const editingParties = useSignal(false);
  const today = todayIso();
  const loaded = useAsync(
    () => loadCaseWithSplits(employeeId, today),
    [employeeId, today, revision.value],
  );
  if (loaded === undefined) return <p>{tr('loading')}</p>;
  if (loaded === null) return <p>{tr('notFound')}</p>;
  const { c, splits } = loaded;
  const l = lang.value;
  const insatser = [...c.insatser].sort((a, b) => (a.performedOn < b.performedOn ? -1 : 1));
  const lineOf = splitLines(splits);
  const explanations = [...splits.values()].flatMap((s) => s.estimate.explanations);
  const totals = splitTotals(
    splits,
    insatser.map((i) => i.id),
  );
  const base = employeeHref(employeeId);
  return (
    <section aria-labelledby="employee-heading">
      <p>
        <a href="#/">{tr('back')}</a>
      </p>
      <h2 id="employee-heading">{c.employee.name}</h2>
      <InsatsApprovalWarning c={c} />
      <dl class="facts">
        <dt>{tr('personnummer')}</dt>
        <dd>{c.employee.personnummer}</dd>
        <dt>{tr('employer')}</dt>
        <dd>
          {c.employer.name} ({c.employer.organisationsnummer})
        </dd>
        <dt>{tr('group')}</dt>
        <dd>{OPTION_LABELS[c.employee.group]?.[l]}</dd>
        <dt>{tr('sector')}</dt>
        <dd>
          {OPTION_LABELS[c.employer.sector]?.[l]}, {OPTION_LABELS[c.employer.afaAgreement]?.[l]}
        </dd>
        <dt>{tr('deductsVat')}</dt>
        <dd data-fact="deductsVat">{tr(c.employer.deductsVat === false ? 'no' : 'yes')}</dd>
        <dt>{tr('medarbetaravtal')}</dt>
        <dd data-fact="medarbetaravtal">{tr(c.employer.medarbetaravtal ? 'yes' : 'no')}</dd>
      </dl>
      <p>
        <button
          type="button"
          aria-expanded={editingParties.value}
          onClick={() => {
            editingParties.value = !editingParties.value;
          }}
        >
          {tr('editParties')}
        </button>{' '}
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (!confirm(tr('deleteEmployeeConfirm'))) return;
            await deleteEmployee(await db(), employeeId);
            await changed();
            navigate('/');
          }}
        >
          {tr('deleteEmployee')}
        </button>
      </p>
      {editingParties.value && (
        <PartiesEditor
          employee={c.employee}
          employer={c.employer}
          revision={loaded.revision}
          onDone={() => {
            editingParties.value = false;
          }}
        />
      )}
      <p class="actions">
        <a class="button" href={`${base}/7026`}>
          {tr('open7026')}
        </a>{' '}
        <a class="button" href={`${base}/faktura`}>
          {tr('openInvoice')}
        </a>
      </p>
      <h3>{tr('splitHeading')}</h3>
      <p class="muted">
        {tr('estimateAsOf')} {formatDateLong(today, l)}
      </p>
      <table class="split">
        <thead>
          <tr>
            <th scope="col">{tr('date')}</th>
            <th scope="col">{tr('insats')}</th>
            <th scope="col">{tr('category')}</th>
            <th scope="col" class="num">
              {tr('cost')}
            </th>
            <th scope="col" class="num">
              {tr('fk')}
            </th>
            <th scope="col" class="num">
              {tr('afa')}
            </th>
            <th scope="col" class="num">
              {tr('employerPays')}
            </th>
            <th scope="col">
              <span class="visually-hidden">{tr('edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {insatser.map((i: Insats) => {
            const line = lineOf.get(i.id);
            return [
              <tr key={i.id} data-insats={i.id}>
                <td>{i.performedOn}</td>
                <td>
                  {i.name}
                  <div class="muted">{i.kinds.map((k) => FK_KIND_LABELS[k][l]).join(', ')}</div>
                </td>
                <td>{CATEGORIES[i.category][l]}</td>
                <td class="num">
                  {formatKronor(line?.cost ?? i.cost)}
                  {(i.vat ?? 0) > 0 && (
                    <div class="muted">
                      {tr('vatShort')} {formatKronor(i.vat ?? 0)}
                      {line?.vatIncluded ? '' : ` (${tr('deductsVat').toLowerCase()})`}
                    </div>
                  )}
                </td>
                <td class="num">{formatKronor(line?.fk ?? 0)}</td>
                <td class="num">{formatKronor(line?.afa ?? 0)}</td>
                <td class="num">{formatKronor(line?.employer ?? i.cost)}</td>
                <td>
                  <button
                    type="button"
                    aria-expanded={editing.value === i.id}
                    onClick={() => {
                      editing.value = editing.value === i.id ? null : i.id;
                    }}
                  >
                    {tr('edit')}
                    <span class="visually-hidden">
                      {' '}
                      {i.name} {i.performedOn}
                    </span>
                  </button>
                </td>
              </tr>,
              editing.value === i.id && (
                <tr key={`${i.id}-edit`}>
                  <td colSpan={8}>
                    <InsatsEditor
                      insats={i}
                      employeeId={employeeId}
                      revision={loaded.revision}
                      onDone={() => {
                        editing.value = null;
                      }}
                    />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
        {insatser.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {tr('total')}
              </th>
              <td class="num">{formatKronor(totals.cost)}</td>
              <td class="num" data-total="fk">
                {formatKronor(totals.fk)}
              </td>
              <td class="num" data-total="afa">
                {formatKronor(totals.afa)}
              </td>
              <td class="num" data-total="employer">
                {formatKronor(totals.employer)}
              </td>
              <td />
            </tr>
          </tfoot>
        )}
      </table>
      <p>
        <button
          type="button"
          ref={addButton}
          aria-expanded={editing.value === 'new'}
          onClick={() => {
            editing.value = editing.value === 'new' ? null : 'new';
            focusNew.value = editing.value === 'new';
          }}
        >
          {tr('addInsats')}
        </button>
      </p>
      {editing.value === 'new' && (
        <InsatsEditor
          employeeId={employeeId}
          revision={loaded.revision}
          focusFirst={focusNew.value}
          onDone={() => {
            editing.value = null;
            // The next insats is one Enter away.
            addButton.current?.focus();
          }}
        />
      )}
      {insatser.some((i) => (i.vat ?? 0) > 0) && (
        <p class="muted" data-testid="vat-assumption">
          {tr('vatAssumption')}
        </p>
      )}
      <ApplicationsList applications={c.applications} revision={loaded.revision} />
      {explanations.length > 0 && (
        <>
          <h3>{tr('reasons')}</h3>
          <ul class="reasons">
            {explanations.map((x, n) => (
              <li key={n}>
                {x[l]} <span class="muted">({x.rule})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
