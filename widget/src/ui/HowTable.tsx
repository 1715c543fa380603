/**
 * The table of "Så räknar vi": every dated parameter the estimate uses, its period and its source,
 * and the VAT rules. Loaded when the section is first opened.
 */
import { formatDateLong, formatKronor, type Lang } from '../../../core/i18n/format.ts';
import { ALL_PARAMETERS, type DatedValue } from '../../../core/rules/parameters.ts';
import { SOURCES, sourceText } from '../../../core/rules/sources.ts';
import type { Texts } from '../i18n.ts';

type Name = keyof typeof ALL_PARAMETERS;

function valueText(name: Name, value: unknown, lang: Lang): string {
  if (name === 'FK_RATE' || name === 'AFA_RATE') return `${(value as number) * 100} %`;
  if (name === 'FK_EMPLOYEE_CAP' || name === 'FK_EMPLOYER_CAP')
    return formatKronor(value as number);
  if (name === 'FK_DEADLINE') {
    // Day and month from the parameter row; the year is only a carrier for Intl.
    const { month, day } = value as { month: number; day: number };
    return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
    }).format(new Date(2000, month - 1, day));
  }
  return String(value);
}

function period(row: DatedValue<unknown>, t: Texts, lang: Lang): string {
  if (row.from === null && row.to === null) return t.always;
  return [
    row.from && t.from(formatDateLong(row.from, lang)),
    row.to && t.to(formatDateLong(row.to, lang)),
  ]
    .filter(Boolean)
    .join(' ');
}

export function HowTable({ lang, t }: { lang: Lang; t: Texts }) {
  return (
    <>
      <p>{t.howIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.param}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.valid}</th>
            <th scope="col">{t.source}</th>
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
                  {valueText(name, row.value, lang)} {t.units[name]}
                </td>
                <td>{period(row, t, lang)}</td>
                <td>{sourceText(row.source, lang)}</td>
              </tr>
            ));
          })}
          <tr>
            <th scope="row" class="rule">
              AFA-VAT
            </th>
            <td colSpan={2}>{t.afaVat}</td>
            <td>{SOURCES['afa-behandlande-foretag']![lang]}</td>
          </tr>
          <tr>
            <th scope="row" class="rule">
              {t.vatRules}
            </th>
            <td colSpan={2}>{t.vatAssumption}</td>
            <td>{t.vatAssumptionSource}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
