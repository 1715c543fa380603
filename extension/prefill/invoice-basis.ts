/**
 * The invoice basis to attach in the e-service, as a CSV the user downloads from the panel: one
 * row per insats with FK's part from the records' split (estimateSplit, never computed here).
 */
import { estimateSplit } from '../../core/estimate/estimate.ts';
import type { IsoDate } from '../../core/i18n/dates.ts';
import type { PrefillCase } from '../../core/prefill/case.ts';

const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;

export function invoiceBasisCsv(c: PrefillCase, asOf: IsoDate): string {
  const split = estimateSplit({
    asOf,
    employer: { sector: c.employer.sector, afaAgreement: c.employer.afaAgreement },
    employee: { group: c.employee.group },
    provider: { fkApproved: c.provider.fkApproved },
    insatser: c.insatser.map((i) => ({
      id: i.id,
      category: i.category,
      startedOn: i.startedOn,
      performedOn: i.performedOn,
      cost: i.cost,
      kinds: i.kinds,
    })),
  });
  const header = [
    'Datum',
    'Insats',
    'Utförare',
    'Kompetens',
    'Kostnad (kr)',
    'FK (kr)',
    'Afa (kr)',
    'Arbetsgivaren (kr)',
  ];
  const rows = c.insatser.map((i) => {
    const line = split.lines.find((l) => l.id === i.id);
    return [
      i.performedOn,
      i.name,
      i.performer,
      i.competence,
      i.cost,
      line?.fk ?? 0,
      line?.afa ?? 0,
      line?.employer ?? 0,
    ];
  });
  const meta = [
    ['Anordnare', c.provider.name, c.provider.organisationsnummer],
    ['Arbetsgivare', c.employer.name, c.employer.organisationsnummer],
    ['Medarbetare', c.employee.name, c.employee.personnummer],
  ];
  return [...meta, [], header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n');
}
