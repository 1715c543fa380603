/**
 * The table of "Så räknar vi": every dated parameter the estimate uses, its period and its source,
 * and the VAT rules. Loaded when the section is first opened.
 */
import {
  formatDateLong,
  formatDayMonth,
  formatKronor,
  type Lang,
} from '../../../core/i18n/format.ts';
import { ALL_PARAMETERS, type DatedValue } from '../../../core/rules/parameters.ts';
import { SOURCES, sourceText } from '../../../core/rules/sources.ts';
import { HOW_TEXTS, type HowTexts } from '../texts/how.ts';

type Name = keyof typeof ALL_PARAMETERS;

function valueText(name: Name, value: unknown, lang: Lang): string {
  if (name === 'FK_RATE' || name === 'AFA_RATE') return `${(value as number) * 100} %`;
  if (name === 'FK_EMPLOYEE_CAP' || name === 'FK_EMPLOYER_CAP')
    return formatKronor(value as number);
  if (name === 'FK_DEADLINE') {
    // Day and month from the parameter row, in core's month names (no Intl).
    const { month, day } = value as { month: number; day: number };
    return formatDayMonth(month, day, lang);
  }
  return String(value);
}

function period(row: DatedValue<unknown>, ht: HowTexts, lang: Lang): string {
  if (row.from === null && row.to === null) return ht.always;
  return [
    row.from && ht.from(formatDateLong(row.from, lang)),
    row.to && ht.to(formatDateLong(row.to, lang)),
  ]
    .filter(Boolean)
    .join(' ');
}

export function HowTable({ lang }: { lang: Lang }) {
  const ht = HOW_TEXTS[lang];
  return (
    <>
      <p>{ht.howIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{ht.param}</th>
            <th scope="col">{ht.value}</th>
            <th scope="col">{ht.valid}</th>
            <th scope="col">{ht.source}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(ALL_PARAMETERS) as Name[]).flatMap((name) => {
            const param = ALL_PARAMETERS[name];
            return param.rows.map((row: DatedValue<unknown>, i: number) => (
              <tr key={`${name}${i}`}>
                <th scope="row" class="rule">
                  {param.rule}
                </th>
                <td>
                  {valueText(name, row.value, lang)} {ht.units[name]}
                </td>
                <td>{period(row, ht, lang)}</td>
                <td>{sourceText(row.source, lang)}</td>
              </tr>
            ));
          })}
          <tr>
            <th scope="row" class="rule">
              AFA-VAT
            </th>
            <td colSpan={2}>{ht.afaVat}</td>
            <td>{SOURCES['afa-behandlande-foretag']![lang]}</td>
          </tr>
          <tr>
            <th scope="row" class="rule">
              {ht.vatRules}
            </th>
            <td colSpan={2}>{ht.vatAssumption}</td>
            <td>{ht.vatAssumptionSource}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
