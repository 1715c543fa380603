/** The user's choice (employee, insatser, maybe a saved application) resolved against the records. */
import { casesFromLists } from '../../core/documents/employee-case.ts';
import { PREFILL_TEXTS, severalProviders } from '../../core/i18n/messages-prefill.ts';
import type { PrefillCase } from '../../core/prefill/case.ts';
import type { CaseChoice } from '../messaging/protocol.ts';
import type { RecordsBundle } from './records-source.ts';

export type Resolved = { ok: true; case: PrefillCase } | { ok: false; sv: string; en: string };

/**
 * Says what the file is, never whom it is about: downloads lists and file names outlive the
 * records, and an employee's id may hold their personnummer.
 */
export function attachmentName(_choice: CaseChoice, year: number | undefined): string {
  return `fakturaunderlag-${year ?? 'okant-ar'}.csv`;
}

export function resolveCase(records: RecordsBundle, choice: CaseChoice): Resolved {
  const employee = records.employees.find((e) => e.id === choice.employeeId);
  const employer = employee && records.employers.find((e) => e.id === employee.employerId);
  if (!employee || !employer) {
    return { ok: false, ...PREFILL_TEXTS.employee_missing };
  }
  const application = choice.applicationId
    ? records.applications?.find((a) => a.id === choice.applicationId)
    : undefined;
  const ids = application?.insatsIds ?? choice.insatsIds;
  const insatser = records.insatser.filter(
    (i) => ids.includes(i.id) && i.employeeId === employee.id,
  );
  const providerOf = (i: (typeof insatser)[number]) => i.providerId ?? records.providers[0]?.id;
  const providerIds = new Set(insatser.map(providerOf));
  const provider = records.providers.find((p) => p.id === [...providerIds][0]);
  if (providerIds.size > 1) {
    // One application names one provider: say which insatser to untick, the fewer first.
    const byProvider = [...providerIds].map((id) => insatser.filter((i) => providerOf(i) === id));
    byProvider.sort((a, b) => b.length - a.length);
    const untick = byProvider
      .slice(1)
      .flat()
      .slice(0, 10)
      .map((i) => {
        const name = records.providers.find((p) => p.id === providerOf(i))?.name ?? '?';
        return `${i.name} (${i.performedOn}, ${name})`;
      })
      .join('; ');
    return { ok: false, ...severalProviders(untick) };
  }
  if (!provider) {
    return { ok: false, ...PREFILL_TEXTS.provider_missing };
  }
  const year = application?.year ?? Number(insatser[0]?.performedOn.slice(0, 4));
  return {
    ok: true,
    case: {
      provider,
      employer,
      employee,
      insatser,
      ...(application ? { application } : {}),
      attachmentName: attachmentName(choice, Number.isFinite(year) ? year : undefined),
      colleagues: casesFromLists(records, employer.id),
      employeeInsatser: records.insatser.filter((i) => i.employeeId === employee.id),
    },
  };
}
