/** @jsxImportSource preact */
import type { EmployeeCase } from '../../core/documents/employee-case.ts';
import {
  type ApprovedProviderList,
  approvalStatus,
  describeApproval,
  listInForce,
} from '../../core/import/approved-providers.ts';
import type { Insats, Provider } from '../../core/schema/records.ts';
import { latestList, useApprovedLists } from './approved-lists.ts';
import { lang, tr } from './state.ts';
import { YEAR_TEXT as T } from './text-year.ts';

/** On the provider page: whether this organisationsnummer is on FK's newest list. */
export function ProviderApproval({ organisationsnummer }: { organisationsnummer?: string }) {
  const lists = useApprovedLists();
  if (lists === undefined || !organisationsnummer) return null;
  const status = approvalStatus(latestList(lists), organisationsnummer);
  return (
    <p
      class={status.status === 'listed' ? 'ok' : 'warning'}
      data-testid="provider-approval"
      data-status={status.status}
    >
      {describeApproval(status)[lang.value]} <a href="#/anordnarlista">{tr(T.openList)}</a>
    </p>
  );
}

export interface UnlistedProvider {
  provider: Provider;
  listDate: string;
  insatser: Insats[];
}

/**
 * FK-PROVIDER per insats: the provider that did it (the one it names, else the staff's own
 * organisation), judged by the list in force on the day it was carried out.
 */
export function unlistedProviders(
  c: Pick<EmployeeCase, 'providers' | 'insatser'>,
  lists: readonly ApprovedProviderList[],
): UnlistedProvider[] {
  const found = new Map<string, UnlistedProvider>();
  for (const insats of c.insatser) {
    const provider =
      (insats.providerId && c.providers.find((p) => p.id === insats.providerId)) || c.providers[0];
    const list = listInForce(lists, insats.performedOn);
    if (!provider || !list) continue;
    const status = approvalStatus(list, provider.organisationsnummer);
    if (status.status !== 'not-listed') continue;
    const key = `${provider.id}|${list.listDate}`;
    const entry = found.get(key) ?? { provider, listDate: list.listDate, insatser: [] };
    entry.insatser.push(insats);
    found.set(key, entry);
  }
  return [...found.values()];
}

/** On the employee's page: a warning for each provider of an insats that is not on the list. */
export function InsatsApprovalWarning({ c }: { c: Pick<EmployeeCase, 'providers' | 'insatser'> }) {
  const lists = useApprovedLists();
  if (!lists || lists.length === 0) return null;
  const unlisted = unlistedProviders(c, lists);
  if (unlisted.length === 0) return null;
  const l = lang.value;
  return (
    <div class="warning" role="alert" data-testid="provider-not-listed">
      {unlisted.map((u) => (
        <div key={`${u.provider.id}|${u.listDate}`}>
          <p>
            <strong>{tr(T.notOnListHeading)}</strong>: {u.provider.name} (
            {u.provider.organisationsnummer}).{' '}
            {describeApproval({ status: 'not-listed', listDate: u.listDate })[l]}
          </p>
          <p>
            {tr(T.concernsInsatser)}:{' '}
            {u.insatser.map((i) => `${i.name} (${i.performedOn})`).join(', ')}
          </p>
        </div>
      ))}
    </div>
  );
}
