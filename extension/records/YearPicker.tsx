/** @jsxImportSource preact */
import { yearOf } from '../../core/i18n/dates.ts';
import type { Insats } from '../../core/schema/records.ts';
import { tr } from './state.ts';

/** The years an employee's insatser were carried out in, newest first. */
export function yearsOf(insatser: readonly Insats[]): number[] {
  return [...new Set(insatser.map((i) => yearOf(i.performedOn)))].sort((a, b) => b - a);
}

/**
 * Links to the document for one year (FK's applications and caps go by calendar year) or all.
 * Shown only when the insatser span more than one year.
 */
export function YearPicker({
  base,
  years,
  current,
}: {
  base: string;
  years: number[];
  current: number | undefined;
}) {
  if (years.length < 2) return null;
  return (
    <nav class="no-print years" aria-label={tr('yearPicker')}>
      <ul>
        <li>
          <a href={base} aria-current={current === undefined ? 'page' : undefined}>
            {tr('allYears')}
          </a>
        </li>
        {years.map((y) => (
          <li key={y}>
            <a href={`${base}/${y}`} aria-current={current === y ? 'page' : undefined}>
              {y}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
