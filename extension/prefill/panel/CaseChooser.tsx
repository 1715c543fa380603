/** @jsxImportSource preact */
/** The choice of a case: a saved application, or employer, employee and their insatser. */
import { formatDateLong, formatKronor } from '../../../core/i18n/format.ts';
import { PREFILL_TEXTS } from '../../../core/i18n/messages-prefill.ts';
import type { PanelData } from '../../messaging/protocol.ts';
import { Both } from './Both.tsx';
import type { useCaseChoice } from './use-case-choice.ts';

export function CaseChooser({
  data,
  chosen,
}: {
  data: PanelData;
  chosen: ReturnType<typeof useCaseChoice>;
}) {
  const { employerId, employeeId, applicationId, insatsIds, employees, insatser } = chosen;
  return (
    <>
      {data.applications.length > 0 && (
        <label>
          <Both {...PREFILL_TEXTS.saved_application} />
          <select
            value={applicationId}
            onChange={(e) => chosen.chooseApplication(e.currentTarget.value)}
          >
            <option value="">–</option>
            {data.applications.map((a) => (
              <option key={a.id} value={a.id}>
                {data.employees.find((e) => e.id === a.employeeId)?.name ?? a.employeeId}, {a.year}{' '}
                ({a.status})
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <Both {...PREFILL_TEXTS.employer} />
        <select value={employerId} onChange={(e) => chosen.chooseEmployer(e.currentTarget.value)}>
          <option value="">–</option>
          {data.employers.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <Both {...PREFILL_TEXTS.employee} />
        <select
          value={employeeId}
          disabled={!employerId}
          onChange={(e) => chosen.chooseEmployee(e.currentTarget.value)}
        >
          <option value="">–</option>
          {employees.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      {insatser.length > 0 && (
        <fieldset>
          <legend>
            <Both {...PREFILL_TEXTS.insatser} />
          </legend>
          {insatser.map((i) => (
            <label key={i.id} class="check">
              <input
                type="checkbox"
                checked={insatsIds.includes(i.id)}
                onChange={(e) => chosen.toggleInsats(i.id, e.currentTarget.checked)}
              />
              {i.name}, {formatDateLong(i.performedOn, 'sv')}, {formatKronor(i.cost)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
