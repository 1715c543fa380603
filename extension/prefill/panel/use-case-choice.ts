/**
 * The case the user chooses in the panel: employer, employee, the employee's insatser (the latest
 * year by default) or a saved application. Asks the background once for what there is to choose.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CaseChoice, PanelData } from '../../messaging/protocol.ts';
import type { PanelSend } from './send.ts';

export function useCaseChoice(send: PanelSend) {
  const [data, setData] = useState<PanelData | undefined>();
  const [employerId, setEmployerId] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [insatsIds, setInsatsIds] = useState<string[]>([]);

  useEffect(() => {
    send({ type: 'prefill:hello' }).then(setData);
  }, [send]);

  const employees = useMemo(
    () => data?.employees.filter((e) => e.employerId === employerId) ?? [],
    [data, employerId],
  );
  const insatser = useMemo(
    () => data?.insatser.filter((i) => i.employeeId === employeeId) ?? [],
    [data, employeeId],
  );

  const chooseEmployer = (id: string) => {
    setEmployerId(id);
    setEmployeeId('');
    setInsatsIds([]);
    setApplicationId('');
  };

  const chooseEmployee = (id: string) => {
    setEmployeeId(id);
    setApplicationId('');
    const own = data?.insatser.filter((i) => i.employeeId === id) ?? [];
    // The latest year by default: FK takes one application per year.
    const latest = own
      .map((i) => i.performedOn.slice(0, 4))
      .sort()
      .at(-1);
    setInsatsIds(own.filter((i) => i.performedOn.startsWith(latest ?? '')).map((i) => i.id));
  };

  const chooseApplication = (id: string) => {
    setApplicationId(id);
    const app = data?.applications.find((a) => a.id === id);
    if (!app) return;
    const employee = data?.employees.find((e) => e.id === app.employeeId);
    setEmployerId(employee?.employerId ?? '');
    setEmployeeId(app.employeeId);
    setInsatsIds(app.insatsIds);
  };

  /** Ticking or unticking an insats leaves the saved application: the choice is the user's now. */
  const toggleInsats = (id: string, on: boolean) => {
    setApplicationId('');
    setInsatsIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  };

  const choice: CaseChoice | undefined =
    employeeId && insatsIds.length > 0
      ? { employeeId, insatsIds, ...(applicationId ? { applicationId } : {}) }
      : undefined;

  return {
    data,
    employerId,
    employeeId,
    applicationId,
    insatsIds,
    employees,
    insatser,
    choice,
    chooseEmployer,
    chooseEmployee,
    chooseApplication,
    toggleInsats,
  };
}
