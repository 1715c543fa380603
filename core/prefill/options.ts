/**
 * Which option of a `<select>` names the provider, the employer or the year of the case. An option
 * that carries an organisationsnummer is compared by it; otherwise the full name must be the same
 * once case, spacing and punctuation are set aside. A near-miss ("Hälsopartner Företagshälsa AB"
 * for "Hälsopartner AB") is never chosen, and neither is one of two equal options.
 */
import type { ApplicationField, PrefillValues, SelectOption } from './fields.ts';
import { SELECT_COMPANION } from './match.ts';
import { readable } from './text.ts';

const ORGNR_IN_TEXT = /(?<!\d)(?:16)?(\d{6})[-\s]?(\d{4})(?!\d)/;

function orgnrOf(option: SelectOption): string | undefined {
  const hit = ORGNR_IN_TEXT.exec(`${option.text} ${option.value}`);
  return hit ? `${hit[1]}${hit[2]}` : undefined;
}

/** "Hälsopartner AB (556677-8899)" → "hälsopartner ab". */
export function comparableName(text: string): string {
  return readable(text)
    .toLowerCase()
    .replace(ORGNR_IN_TEXT, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function chooseOption(
  options: readonly SelectOption[],
  field: ApplicationField,
  values: PrefillValues,
): SelectOption | undefined {
  const real = options.filter((o) => o.value !== '');
  let hits: SelectOption[];
  if (field === 'year') {
    const year = values.year;
    hits = real.filter((o) => readable(o.text).replace(/\s/g, '') === year);
  } else {
    const name = values[field as Exclude<ApplicationField, 'kinds'>];
    const companion = SELECT_COMPANION[field];
    const orgnr = companion ? values[companion as 'provider.organisationsnummer'] : undefined;
    if (real.some((o) => orgnrOf(o) !== undefined)) {
      const wanted = orgnr?.replace(/\D/g, '').slice(-10);
      hits = wanted ? real.filter((o) => orgnrOf(o) === wanted) : [];
    } else {
      const wanted = name ? comparableName(name) : '';
      hits = wanted ? real.filter((o) => comparableName(o.text) === wanted) : [];
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}
