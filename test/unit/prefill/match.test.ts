import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplicationField, FieldDescription } from '../../../core/prefill/fields.ts';
import { matchFields } from '../../../core/prefill/match.ts';
import { describeField } from './describe-field.ts';

/** Descriptions recorded from the built FKUI sandbox by test/fixtures/eservice/record-descriptions.ts. */
function recorded(name: string): FieldDescription[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'recorded', `${name}.json`), 'utf8'));
}

/** What each field on a step is, by ref: a field (with option for boxes and radios) or why not. */
const EXPECTED: Record<string, (ApplicationField | string)[]> = {
  'a-step1': ['employer.organisationsnummer', 'employer.name'],
  'a-step2': ['provider.organisationsnummer', 'provider.name'],
  'a-step3': [
    'employee.personnummer',
    'kinds:utreda',
    'kinds:planera',
    'kinds:initiera',
    'kinds:genomfora',
    'kinds:folja_upp',
    'year',
    'amount',
    'attachment',
  ],
  'a-step4': ['contact.name', 'contact.phone', 'contact.email'],
  'b-step1': ['employee.personnummer', 'employer.organisationsnummer', 'employer.name'],
  'b-step2': [
    'kinds:utreda',
    'kinds:planera',
    'kinds:initiera',
    'kinds:genomfora',
    'kinds:folja_upp',
    'provider.name',
    'provider.organisationsnummer',
    'periodChoice:year',
    'periodChoice:period',
    'year',
    'amount',
  ],
  'b-step3': ['contact.email', 'contact.name', 'contact.phone', 'attachment'],
  'c-step1': [
    'employer.name',
    'employer.organisationsnummer',
    'contact.name',
    'contact.phone',
    'contact.email',
    'employee.personnummer',
  ],
  'c-step2': [
    'provider.organisationsnummer',
    'provider.name',
    'kinds:utreda',
    'kinds:planera',
    'kinds:initiera',
    'kinds:genomfora',
    'kinds:folja_upp',
    'year',
    'amount.exVat',
    'attachment',
  ],
  'd-step1': ['employer.name', 'employer.organisationsnummer', 'provider.name'],
  'd-step2': ['employee.firstName', 'employee.lastName', 'employee.personnummer'],
  'd-step3': [
    'kinds:utreda',
    'kinds:planera',
    'kinds:initiera',
    'kinds:genomfora',
    'kinds:folja_upp',
    'year',
    'period.from',
    'period.to',
    'amount.exVat',
    'amount.incVat',
    'attachment',
  ],
  'd-step4': ['contact.firstName', 'contact.lastName', 'contact.phone', 'contact.email'],
  'e-step1': [
    'employer.organisationsnummer',
    'employer.name',
    'provider.organisationsnummer',
    'provider.name',
  ],
  'e-step2': [
    'employee.name',
    'employee.personnummer',
    'year',
    'period.from',
    'period.to',
    'amount.exVat',
    'attachment',
  ],
  'e-step3': ['contact.name', 'contact.phone', 'contact.email'],
  // The employer's fields, then the agent's personnummer, then every trap of traps.ts in order.
  hostile: [
    'employer.organisationsnummer',
    'employer.name',
    'no_match',
    'hidden',
    'offscreen',
    'hidden',
    'hidden',
    'hidden',
    'hidden',
    'covered',
    'covered',
    'covered',
    'hidden',
    'hidden',
    'hidden',
    'inert',
    'hidden',
    'hidden',
    'hidden',
    'offscreen',
    'no_match',
    'no_match',
    'no_match',
    'label_unreadable',
    'no_match',
    'weak_label',
    'weak_label',
    'weak_label',
    'no_match',
    'no_match',
    'no_match',
    'no_match',
    'no_match',
    'no_match',
    'owner_unclear',
  ],
};

function outcome(m: ReturnType<typeof matchFields>[number]): string {
  if (!m.field) return m.reason;
  return m.option ? `${m.field}:${m.option}` : m.field;
}

describe('matching the fields of every sandbox variant, as recorded from the FKUI page', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`recognises every field on ${name} and nothing else`, () => {
      expect(matchFields(recorded(name)).map(outcome)).toEqual(expected);
    });
  }

  it('finds the same fields in every variant, however worded, ordered and split', () => {
    const perVariant = ['a', 'b', 'c'].map((v) => {
      const names = Object.keys(EXPECTED).filter((n) => n.startsWith(`${v}-`));
      return new Set(
        names.flatMap((n) =>
          // Only variant B asks "a whole year?" before the year.
          matchFields(recorded(n)).flatMap((m) =>
            // Variant C's hint says "exklusive moms": the same amount, asked more precisely.
            m.field && m.field !== 'periodChoice' ? [m.field.replace(/^amount\..*/, 'amount')] : [],
          ),
        ),
      );
    });
    expect(perVariant[0]).toEqual(perVariant[1]);
    expect(perVariant[1]).toEqual(perVariant[2]);
    expect(perVariant[0]?.size).toBe(12);
  });
});

const text = describeField;

describe('near-miss labels get nothing', () => {
  const nearMisses = [
    'Ombudets personnummer',
    'Makens personnummer',
    'Handläggarens namn',
    'Medarbetarens telefonnummer',
    'Födelseår',
    'Antal timmar',
    'Beviljat belopp',
    'Belopp från Afa Försäkring',
    'Bankkontonummer',
    'Tidigare arbetsgivares organisationsnummer',
    'Anordnarens telefonnummer',
    'Anordnarens e-postadress',
    'Övrigt',
  ];
  for (const label of nearMisses) {
    it(`does not fill "${label}"`, () => {
      const [m] = matchFields([text(label)]);
      expect(m?.field).toBeUndefined();
    });
  }

  it('leaves a bare "Organisationsnummer" or "Namn" alone when nothing says whose it is', () => {
    const matches = matchFields([text('Organisationsnummer'), text('Namn', { ref: 1 })]);
    expect(matches.map(outcome)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('reads whose a bare "Namn" is from its fieldset legend', () => {
    const [m] = matchFields([text('Namn', { legend: 'Anordnare' })]);
    expect(m?.field).toBe('provider.name');
  });

  it('does not take the format hint or error text for the label (they are not in the description)', () => {
    // The collector strips them; a label made only of a hint must not match.
    const [m] = matchFields([text('(ååmmdd-nnnn)')]);
    expect(m?.field).toBeUndefined();
  });

  it('fills neither of two visible fields that both look like the personnummer', () => {
    const matches = matchFields([
      text('Medarbetarens personnummer'),
      text('Personnummer för arbetstagaren', { ref: 1 }),
    ]);
    expect(matches.map(outcome)).toEqual(['duplicate', 'duplicate']);
  });

  it('treats a field named only by name, id, aria-label or placeholder as too weak to fill', () => {
    for (const weak of [
      { name: 'medarbetare-personnummer' },
      { id: 'medarbetarens-personnummer' },
      { ariaLabel: 'Medarbetarens personnummer' },
      { placeholder: 'Medarbetarens personnummer' },
    ]) {
      expect(matchFields([text('', weak)])[0]).toMatchObject({ reason: 'weak_label' });
    }
    expect(
      matchFields([text('Ombudets telefon', { name: 'personnummer' })])[0]?.field,
    ).toBeUndefined();
  });

  it('takes a lone checkbox for what it says, not as the kinds question', () => {
    const box = (label: string, ref: number): FieldDescription =>
      text(label, { ref, control: 'checkbox', type: 'checkbox', group: 'g1' });
    const matches = matchFields([
      box('Jag har följt upp ärendet', 0),
      box('Jag intygar att uppgifterna stämmer', 1),
    ]);
    expect(matches.map(outcome)).toEqual(['no_match', 'no_match']);
  });

  it('never matches a field the page made unusable, whatever its label', () => {
    for (const blocked of [
      'hidden',
      'offscreen',
      'disabled',
      'readonly',
      'aria-disabled',
    ] as const) {
      expect(matchFields([text('Medarbetarens personnummer', { blocked })])[0]).toEqual({
        ref: 0,
        reason: blocked,
      });
    }
  });

  it('rules out a field whose input type does not fit (an email box is not the year)', () => {
    expect(matchFields([text('År', { type: 'email' })])[0]?.field).toBeUndefined();
  });
});
