import { describe, expect, it } from 'vitest';
import type { FieldDescription, PrefillValues } from '../../../core/prefill/fields.ts';
import { matchFields } from '../../../core/prefill/match.ts';
import { normalise, sameValue } from '../../../core/prefill/normalise.ts';
import { planFill } from '../../../core/prefill/plan.ts';
import { describeField } from './describe-field.ts';

const field = (ref: number, label: string, extra: Partial<FieldDescription> = {}) =>
  describeField(label, { ref, ...extra });

const VALUES: PrefillValues = {
  'employer.name': 'Exempel Bygg AB',
  'employee.personnummer': '19121212-1212',
  amount: '18 500',
  kinds: ['utreda', 'folja_upp'],
  periodChoice: 'year',
  year: '2025',
  attachment: 'fakturaunderlag-2025-m1.csv',
};

function plan(descs: FieldDescription[], values = VALUES, overwrite = false) {
  return planFill(descs, matchFields(descs), values, { overwrite });
}

describe('deciding what to write', () => {
  it('sets the case value into an empty matched field', () => {
    expect(plan([field(0, 'Arbetsgivarens namn')])).toEqual([
      { ref: 0, field: 'employer.name', action: 'set', value: 'Exempel Bygg AB' },
    ]);
  });

  it('keeps what the user typed unless they ask to replace it', () => {
    const typed = [field(0, 'Arbetsgivarens namn', { value: 'Annat Bolag AB' })];
    expect(plan(typed)[0]).toMatchObject({ action: 'skip', reason: 'has_value' });
    expect(plan(typed, VALUES, true)[0]).toMatchObject({ action: 'set', value: 'Exempel Bygg AB' });
  });

  it('counts a field already holding the value as done, however FKUI formatted it', () => {
    const formatted = [field(0, 'Medarbetarens personnummer', { value: '121212+1212' })];
    expect(plan(formatted)[0]).toMatchObject({ action: 'already' });
  });

  it('says so when the records hold no value for a field on screen', () => {
    expect(plan([field(0, 'Kontaktpersonens namn')])[0]).toMatchObject({
      action: 'skip',
      reason: 'no_value',
    });
  });

  it('never writes into a file input: it names the attachment instead', () => {
    expect(plan([field(0, 'Fakturaunderlag', { control: 'file', type: 'file' })])[0]).toMatchObject(
      {
        action: 'skip',
        reason: 'attachment',
      },
    );
  });

  it('ticks the kinds the case has, leaves the others and never unticks a box the user ticked', () => {
    const labels = ['Utreda', 'Planera', 'Initiera', 'Genomföra', 'Följa upp'];
    const boxes = labels.map((label, ref) =>
      field(ref, label, {
        control: 'checkbox',
        type: 'checkbox',
        group: 'kinds',
        legend: 'Typ av insats',
        checked: label === 'Planera',
      }),
    );
    expect(plan(boxes).map((s) => s.action)).toEqual(['check', 'skip', 'none', 'none', 'check']);
  });

  it('chooses the "whole year" radio unless the user already chose the other', () => {
    const radios = (checkedPeriod: boolean) => [
      field(0, 'Ja, ett helt kalenderår', { control: 'radio', type: 'radio', group: 'p' }),
      field(1, 'Nej, en period', {
        control: 'radio',
        type: 'radio',
        group: 'p',
        checked: checkedPeriod,
      }),
    ];
    expect(plan(radios(false)).map((s) => s.action)).toEqual(['check', 'none']);
    expect(plan(radios(true))[0]).toMatchObject({ action: 'skip', reason: 'has_value' });
  });
});

describe('comparing values the way the e-service means them', () => {
  it('treats 10- and 12-digit personnummer, with - or +, as the same', () => {
    expect(sameValue('employee.personnummer', '121212+1212', '19121212-1212')).toBe(true);
    expect(sameValue('employee.personnummer', '121212-1213', '19121212-1212')).toBe(false);
  });

  it('reads amounts in whole kronor whatever the grouping', () => {
    expect(normalise('amount', '18\u00a0500')).toBe('18500');
    expect(normalise('amount', '18 500,00 kr')).toBe('18500');
    expect(sameValue('amount', '18500', '18 500')).toBe(true);
    expect(sameValue('amount', '1 850', '18 500')).toBe(false);
  });

  it('ignores case and spacing in names and email addresses', () => {
    expect(sameValue('employer.name', ' exempel  bygg AB', 'Exempel Bygg AB')).toBe(true);
    expect(
      sameValue('contact.email', 'Karin.Lind@Exempelbygg.se', 'karin.lind@exempelbygg.se'),
    ).toBe(true);
  });
});
