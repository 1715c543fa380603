/** @jsxImportSource preact */
/**
 * Who is new or changed in an employer's year-end batch since it was marked as sent: shown on the
 * year-end page and the deadlines page, so nothing added later passes as sent.
 */
import { formatDateLong } from '../../../core/i18n/format.ts';
import type { SentBatchState } from '../../../core/store/year-end.ts';
import { employeeHref, employers, lang, tr } from '../state.ts';
import { BATCH_TEXT as T } from './text.ts';

export function SinceSent({
  batches,
  link = false,
}: {
  batches: readonly SentBatchState[];
  /** A link to the year-end page, where the rest is sent. */
  link?: boolean;
}) {
  const open = batches.filter((b) => b.added.length + b.changed.length > 0);
  if (open.length === 0) return null;
  const l = lang.value;
  const nameOf = new Map(employers.value.map((e) => [e.id, e.name]));
  return (
    <div class="warning" role="status" data-testid="since-sent">
      <p>
        <strong>{tr(T.sinceSentHeading)}</strong>. {tr(T.sinceSentIntro)}
      </p>
      <ul>
        {open.map((b) => (
          <li key={`${b.employerId}|${b.year}`} data-employer={b.employerId}>
            {nameOf.get(b.employerId) ?? ''} {b.year} ({tr(T.sentOn).toLowerCase()}{' '}
            {formatDateLong(b.sentOn, l)}):{' '}
            {[
              ...b.added.map((e) => ({ e, what: T.newSinceSent })),
              ...b.changed.map((e) => ({ e, what: T.changedSinceSent })),
            ].map(({ e, what }, n) => (
              <span key={e.id} data-since={what === T.newSinceSent ? 'added' : 'changed'}>
                {n > 0 && ', '}
                <a href={employeeHref(e.id)}>{e.name}</a> ({tr(what)})
              </span>
            ))}
          </li>
        ))}
      </ul>
      {link && (
        <p>
          <a href="#/arsavslut">{tr(T.sentLink)}</a>
        </p>
      )}
    </div>
  );
}
