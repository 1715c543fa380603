import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateFor } from '../../../core/prefill/dates.ts';
import type { FieldDescription } from '../../../core/prefill/fields.ts';
import { matchFields } from '../../../core/prefill/match.ts';
import { chooseOption } from '../../../core/prefill/options.ts';
import { planFill } from '../../../core/prefill/plan.ts';
import { readable } from '../../../core/prefill/text.ts';
import { caseDetailValues, splitName } from '../../../core/prefill/values.ts';
import { describeField } from './describe-field.ts';

const text = describeField;

const fieldOf = (d: FieldDescription) => matchFields([d])[0]?.field;

describe('text is matched as a person reads it', () => {
  it('reads full-width letters, combining marks, zero-width characters and soft hyphens away', () => {
    expect(readable('Ｍｅｄａｒｂｅｔａｒｅｎｓ')).toBe('Medarbetarens');
    expect(readable('Arbetsgiva\u0308rens')).toBe('Arbetsgiv\u00e4rens');
    expect(readable('Medar\u00ADbe\u200Btar\u2060ens\uFEFF')).toBe('Medarbetarens');
  });

  it('maps Cyrillic and Greek look-alikes to the Latin letters they imitate', () => {
    expect(readable('\u041Embud\u0435ts')).toBe('Ombudets');
    expect(readable('\u039Fmbud\u03B5ts')).toBe('Ombudets');
  });

  it('recognises the employee\u2019s field split by a soft hyphen or written in full-width letters', () => {
    expect(fieldOf(text('Medar\u00ADbetarens person\u200Bnummer'))).toBe('employee.personnummer');
    expect(fieldOf(text('Ｍｅｄａｒｂｅｔａｒｅｎｓ personnummer'))).toBe('employee.personnummer');
  });

  it('never gives the employee\u2019s personnummer to an agent\u2019s, the user\u2019s or a signature field, however spelt', () => {
    const others = [
      'Ombudets personnummer',
      'Ditt personnummer',
      'Underskrift',
      'Namnförtydligande',
    ];
    const lookAlike: Record<string, string> = {
      o: '\u043E',
      e: '\u0435',
      a: '\u0430',
      p: '\u0440',
      c: '\u0441',
      O: '\u039F',
      i: '\u0456',
    };
    const invisible = ['\u200B', '\u00AD', '\u2060', '\uFEFF', '\u200D'];
    fc.assert(
      fc.property(
        fc.constantFrom(...others),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.nat({ max: invisible.length - 1 })), {
          maxLength: 12,
        }),
        (label, edits) => {
          const chars = [...label];
          for (const [at, swap, which] of edits) {
            const i = at % chars.length;
            const c = chars[i] as string;
            chars[i] = swap ? (lookAlike[c] ?? c) : `${c}${invisible[which]}`;
          }
          const disguised = chars.join('');
          for (const legend of ['', 'Uppgifter om den anställde']) {
            const d = text(disguised, { legend });
            expect(fieldOf(d)).not.toBe('employee.personnummer');
            expect(fieldOf(d)).not.toBe('employee.name');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a careful person\u2019s refusals', () => {
  it('leaves a personnummer alone when nothing on screen says whose it is', () => {
    expect(matchFields([text('Personnummer')])[0]).toMatchObject({ reason: 'owner_unclear' });
    expect(fieldOf(text('Personnummer', { legend: 'Vem gäller ansökan?' }))).toBe(
      'employee.personnummer',
    );
    expect(fieldOf(text('Personnummer', { heading: 'Uppgifter om den anställde' }))).toBe(
      'employee.personnummer',
    );
  });

  it('takes a legend or heading naming someone else as a refusal, whatever the label says', () => {
    expect(fieldOf(text('Personnummer', { legend: 'Ombud' }))).toBeUndefined();
    expect(fieldOf(text('Personnummer', { heading: 'Ombudets uppgifter' }))).toBeUndefined();
    expect(fieldOf(text('Namn', { legend: 'Underskrift' }))).toBeUndefined();
  });

  it('does not take a heading over a whole step as a veto for a field that names its own owner', () => {
    expect(
      fieldOf(text('Belopp som arbetsgivaren har betalat', { heading: 'Medarbetare och insats' })),
    ).toBe('amount');
    expect(
      fieldOf(text('Vilket år genomfördes insatsen?', { heading: 'Medarbetare och insats' })),
    ).toBe('year');
  });

  it('never fills the VAT itself or the grant as the cost', () => {
    for (const label of [
      'Moms',
      'Momsbelopp',
      'Varav moms',
      'Beviljat belopp',
      'Sökt belopp',
      'Bidrag från Försäkringskassan',
    ]) {
      expect(fieldOf(text(label))).toBeUndefined();
    }
  });

  it('fills the cost with or without VAT as the label or its hint asks', () => {
    expect(fieldOf(text('Kostnad exklusive moms'))).toBe('amount.exVat');
    expect(fieldOf(text('Belopp inkl. moms'))).toBe('amount.incVat');
    expect(fieldOf(text('Arbetsgivarens kostnad', { hint: 'kronor, exklusive moms' }))).toBe(
      'amount.exVat',
    );
  });
});

describe('selects, names and dates', () => {
  const values = {
    'provider.name': 'Hälsopartner AB',
    'provider.organisationsnummer': '556677-8899',
    year: '2026',
  };
  const opts = (...texts: string[]) => texts.map((text, i) => ({ value: `v${i}`, text }));

  it('chooses the provider by organisationsnummer when the options carry one', () => {
    expect(
      chooseOption(
        opts('Hälsopartner AB (556111-2222)', 'Annat namn AB (556677-8899)'),
        'provider.name',
        values,
      )?.value,
    ).toBe('v1');
  });

  it('never chooses a near-miss name or one of two equal options', () => {
    expect(
      chooseOption(opts('Hälsopartner Företagshälsa AB'), 'provider.name', values),
    ).toBeUndefined();
    expect(
      chooseOption(opts('Hälsopartner AB', 'HÄLSOPARTNER AB'), 'provider.name', values),
    ).toBeUndefined();
    expect(chooseOption(opts('hälsopartner  ab.'), 'provider.name', values)?.value).toBe('v0');
  });

  it('reports a select without the exact option as one to choose by hand, naming the value', () => {
    const d = text('Anordnare', {
      control: 'select',
      type: 'select',
      options: opts('Hälsopartner Företagshälsa AB'),
    });
    const [step] = planFill([d], matchFields([d]), values);
    expect(step).toMatchObject({ action: 'skip', reason: 'no_option', toType: 'Hälsopartner AB' });
  });

  it('splits a name only when it has exactly two parts, and otherwise names the whole to type', () => {
    expect(splitName('Anna Svensson')).toEqual({ first: 'Anna', last: 'Svensson' });
    expect(splitName('Anna Maria Svensson')).toBeUndefined();
    const v = caseDetailValues({ employee: { name: 'Anna Maria Svensson' }, insatser: [] });
    expect(v['employee.firstName']).toBeUndefined();
    const d = text('Förnamn', { legend: 'Uppgifter om den anställde' });
    const [step] = planFill([d], matchFields([d]), v);
    expect(step).toMatchObject({ reason: 'name_not_split', toType: 'Anna Maria Svensson' });
    const kept = caseDetailValues({
      employee: { name: 'Anna Maria Svensson', firstName: 'Anna Maria', lastName: 'Svensson' },
      insatser: [],
    });
    expect(kept['employee.firstName']).toBe('Anna Maria');
  });

  it('writes dates in ISO, or in the order and separators the hint names', () => {
    expect(formatDateFor('2026-03-02', '', 'text')).toBe('2026-03-02');
    expect(formatDateFor('2026-03-02', '(ÅÅÅÅ-MM-DD)', 'text')).toBe('2026-03-02');
    expect(formatDateFor('2026-03-02', 'ååååmmdd', 'text')).toBe('20260302');
    expect(formatDateFor('2026-03-02', 'ÅÅMMDD', 'text')).toBe('260302');
    expect(formatDateFor('2026-03-02', 'DD/MM/ÅÅÅÅ', 'text')).toBe('02/03/2026');
    expect(formatDateFor('2026-03-02', 'ååååmmdd', 'date')).toBe('2026-03-02');
  });

  it('gives the cost with and without VAT and the first and last date of the insatser', () => {
    const v = caseDetailValues({
      employee: { name: 'Anna Svensson' },
      insatser: [
        { cost: 10_000, vat: 2_500, startedOn: '2026-03-02', performedOn: '2026-04-01' },
        { cost: 5_000, startedOn: '2026-01-15', performedOn: '2026-05-29' },
      ],
    });
    expect(v['amount.exVat']).toBe('15\u00a0000');
    expect(v['amount.incVat']).toBe('17\u00a0500');
    expect([v['period.from'], v['period.to']]).toEqual(['2026-01-15', '2026-05-29']);
  });
});
