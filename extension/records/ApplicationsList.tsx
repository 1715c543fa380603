/** @jsxImportSource preact */
import { formatDateLong, formatKronor } from '../../core/i18n/format.ts';
import { APPLICATION_STATUSES, type Application } from '../../core/schema/records.ts';
import { putApplication } from '../../core/store/records.ts';
import { db, lang, tr, writeOnRead } from './state.ts';
import { OPTION_LABELS, TEXT } from './text.ts';

/** An employee's applications to FK and Afa, with their status, which staff can update. */
export function ApplicationsList({
  applications,
  revision,
}: {
  applications: Application[];
  /** The records' revision the applications were read at. */
  revision: number;
}) {
  if (applications.length === 0) return null;
  const l = lang.value;
  async function setStatus(a: Application, status: Application['status']) {
    const d = await db();
    await writeOnRead((o) => putApplication(d, { ...a, status }, o), revision, TEXT.statusSaved);
  }
  return (
    <>
      <h3>{tr('applications')}</h3>
      <table class="applications">
        <thead>
          <tr>
            <th scope="col">{tr('payer')}</th>
            <th scope="col">{tr('year')}</th>
            <th scope="col">{tr('submittedOn')}</th>
            <th scope="col" class="num">
              {tr('amount')}
            </th>
            <th scope="col">{tr('status')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => (
            <tr key={a.id}>
              <td>{a.payer === 'fk' ? tr('fk') : tr('afa')}</td>
              <td>{a.year}</td>
              <td>{a.submittedOn ? formatDateLong(a.submittedOn, l) : '–'}</td>
              <td class="num">{formatKronor(a.amount)}</td>
              <td>
                <select
                  aria-label={`${tr('status')}: ${a.payer === 'fk' ? tr('fk') : tr('afa')} ${a.year}`}
                  value={a.status}
                  onChange={(e) => setStatus(a, e.currentTarget.value as Application['status'])}
                >
                  {APPLICATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {OPTION_LABELS[s]?.[l] ?? s}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
