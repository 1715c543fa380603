/**
 * The prefill's decisions that would give a user a wrong fill if they broke: how values are
 * compared, dates written, options chosen, boxes and radios ticked, and which fields a step needs.
 * Each test names what the user would see go wrong.
 */
import { describe, expect, it } from 'vitest';
import { formatDateFor } from '../../../core/prefill/dates.ts';
import type { FieldDescription, PrefillValues } from '../../../core/prefill/fields.ts';
import { fieldsNeeded, matchFields } from '../../../core/prefill/match.ts';
import { originAllowed } from '../../../core/prefill/matches.ts';
import { normalise, sameValue } from '../../../core/prefill/normalise.ts';
import { chooseOption } from '../../../core/prefill/options.ts';
import { planFill } from '../../../core/prefill/plan.ts';
import { pickValues, prefillValues } from '../../../core/prefill/values.ts';
import { describeField } from './describe-field.ts';

const field = (ref: number, label: string, extra: Partial<FieldDescription> = {}) =>
  describeField(label, { ref, ...extra });

const VALUES: PrefillValues = {
  'employer.name': 'Exempel Bygg AB',
  'employer.organisationsnummer': '556016-0680',
  'provider.name': 'Hälsopartner AB',
  'provider.organisationsnummer': '556677-8899',
  'employee.personnummer': '19121212-1212',
  'employee.name': 'Anna Maria Svensson',
  amount: '18 500',
  kinds: ['utreda', 'folja_upp'],
  periodChoice: 'year',
  year: '2026',
};

function plan(descs: FieldDescription[], values = VALUES, overwrite = false) {
  return planFill(descs, matchFields(descs), values, { overwrite });
}

describe('a value already in the field counts as the case’s when the e-service means the same', () => {
  it('reads an organisationsnummer with or without the 16 prefix as the same, for employer and provider', () => {
    expect(sameValue('employer.organisationsnummer', '16556016-0680', '556016-0680')).toBe(true);
    expect(sameValue('provider.organisationsnummer', '165566778899', '556677-8899')).toBe(true);
    expect(sameValue('provider.organisationsnummer', '556677-8898', '556677-8899')).toBe(false);
  });

  it('reads an amount as whole kronor however FKUI or the user wrote it', () => {
    for (const shown of [
      '12 345',
      '12345 kr',
      '12 345,00',
      '12 345,0',
      '12 345,00kr',
      '12345.00 KR',
    ]) {
      expect(sameValue('amount', shown, '12345'), shown).toBe(true);
    }
    // A thousands point is not öre: 1.000 is a thousand kronor, not ten.
    expect(sameValue('amount', '1.000', '1000')).toBe(true);
    expect(sameValue('amount', '12 345,50', '12345')).toBe(false);
  });

  it('reads years and dates by their digits, phone numbers by digits and plus, emails in any case', () => {
    expect(sameValue('year', '2 026', '2026')).toBe(true);
    expect(sameValue('period.from', '20260310', '2026-03-10')).toBe(true);
    expect(sameValue('period.to', '2026/12/31', '2026-12-31')).toBe(true);
    expect(normalise('contact.phone', '+46 70-123 45 67')).toBe('+46701234567');
    expect(normalise('contact.email', ' Karin.Lind@ExempelBygg.se ')).toBe(
      'karin.lind@exempelbygg.se',
    );
    expect(normalise('employer.name', ' Exempel   BYGG AB ')).toBe('exempel bygg ab');
  });
});

describe('a date is written the way its field asks', () => {
  it('follows the hint’s order, separator and year length', () => {
    expect(formatDateFor('2026-03-10', '(DD/MM/ÅÅÅÅ)', 'text')).toBe('10/03/2026');
    expect(formatDateFor('2026-03-10', 'ååååmmdd', 'text')).toBe('20260310');
    expect(formatDateFor('2026-03-10', 'ÅÅ-MM-DD', 'text')).toBe('26-03-10');
    expect(formatDateFor('2026-03-10', 'tt.mm.åååå', 'text')).toBe('10.03.2026');
  });

  it('writes ISO for a date input, without a hint, or with a hint that does not name day, month and year', () => {
    expect(formatDateFor('2026-03-10', 'DD/MM/ÅÅÅÅ', 'date')).toBe('2026-03-10');
    expect(formatDateFor('2026-03-10', '', 'text')).toBe('2026-03-10');
    expect(formatDateFor('2026-03-10', 'MM/MM/ÅÅÅÅ', 'text')).toBe('2026-03-10');
  });
});

describe('an option is chosen only when it is exactly the case’s', () => {
  it('compares options carrying an organisationsnummer by that number, never by a similar name', () => {
    const options = [
      { value: 'a', text: 'Hälsopartner AB (556677-8899)' },
      { value: 'b', text: 'Hälsopartner Företagshälsa AB (556677-0000)' },
    ];
    expect(chooseOption(options, 'provider.name', VALUES)?.value).toBe('a');
    const noOrgnr = { ...VALUES, 'provider.organisationsnummer': undefined } as PrefillValues;
    expect(chooseOption(options, 'provider.name', noOrgnr)).toBeUndefined();
  });

  it('compares options without numbers by the full name, and picks none of two equal ones', () => {
    const options = [
      { value: '', text: 'Välj' },
      { value: 'x', text: 'Hälsopartner Företagshälsa AB' },
      { value: 'y', text: 'HÄLSOPARTNER AB' },
    ];
    expect(chooseOption(options, 'provider.name', VALUES)?.value).toBe('y');
    expect(
      chooseOption([...options, { value: 'z', text: 'Hälsopartner, AB' }], 'provider.name', VALUES),
    ).toBeUndefined();
    const noName = { ...VALUES, 'provider.name': undefined } as PrefillValues;
    expect(chooseOption(options, 'provider.name', noName)).toBeUndefined();
  });
});

const kindBoxes = (checked: string[] = [], legend = 'Typ av insats') =>
  ['Utreda', 'Planera', 'Initiera', 'Genomföra', 'Följa upp'].map((label, ref) =>
    field(ref, label, {
      control: 'checkbox',
      type: 'checkbox',
      group: 'kinds',
      legend,
      checked: checked.includes(label),
    }),
  );

describe('the kinds of insats are ticked as the case has them', () => {
  it('leaves a box the case wants and the user ticked as it is, and unticks one the user ticked only when asked', () => {
    const steps = plan(kindBoxes(['Utreda', 'Planera']));
    expect(steps[0]).toMatchObject({ action: 'already', field: 'kinds' });
    expect(steps[1]).toMatchObject({ action: 'skip', reason: 'has_value' });
    expect(plan(kindBoxes(['Planera']), VALUES, true)[1]).toEqual({
      ref: 1,
      field: 'kinds',
      action: 'check',
      option: 'planera',
    });
  });

  it('ticks nothing when the case holds no kinds', () => {
    const steps = plan(kindBoxes(), { ...VALUES, kinds: undefined } as PrefillValues);
    expect(steps.every((s) => s.action === 'skip' && s.reason === 'no_value')).toBe(true);
  });

  it('does not take a group about someone else’s kinds, nor two boxes of one kind, nor too few kinds', () => {
    const other = plan(kindBoxes([], 'Ombudets uppdrag'));
    expect(other.every((s) => s.action === 'skip' && s.reason === 'no_match')).toBe(true);
    const twice = kindBoxes().map((b, i) => (i === 4 ? { ...b, label: 'Utreda' } : b));
    expect(plan(twice).every((s) => s.action === 'skip')).toBe(true);
    const two = kindBoxes().slice(0, 2);
    expect(plan(two).every((s) => s.action === 'skip')).toBe(true);
    // A box with a kind in a real kinds group is matched; one without a kind in it is not.
    const withExtra = [...kindBoxes(), field(5, 'Annat', { control: 'checkbox', group: 'kinds' })];
    expect(plan(withExtra)[5]).toMatchObject({ action: 'skip', reason: 'no_match' });
  });
});

describe('a box or radio whose label names two answers', () => {
  it('gets nothing, and the rest of its group is still filled', () => {
    const boxes = [
      ...kindBoxes(),
      field(5, 'Utreda och planera', { control: 'checkbox', type: 'checkbox', group: 'kinds' }),
    ];
    const steps = plan(boxes);
    expect(steps[0]).toMatchObject({ action: 'check', option: 'utreda' });
    expect(steps[5]).toMatchObject({ action: 'skip', reason: 'no_match' });
    const radios = [
      ...periodRadios(undefined),
      field(2, 'Helt år eller del av år', { control: 'radio', type: 'radio', group: 'p' }),
    ];
    const choices = plan(radios);
    expect(choices[0]).toMatchObject({ action: 'check', option: 'year' });
    expect(choices[2]).toMatchObject({ action: 'skip', reason: 'no_match' });
  });
});

const periodRadios = (checked: 'year' | 'period' | undefined, labels = ['Helt år', 'Del av år']) =>
  labels.map((label, ref) =>
    field(ref, label, {
      control: 'radio',
      type: 'radio',
      group: 'p',
      checked: (checked === 'year' && ref === 0) || (checked === 'period' && ref === 1),
    }),
  );

describe('the year-or-period question', () => {
  it('is left alone when already answered as the case has it, or when the case says nothing', () => {
    expect(plan(periodRadios('year'))[0]).toMatchObject({ action: 'already' });
    const none = plan(periodRadios(undefined), { ...VALUES, periodChoice: undefined });
    expect(none[0]).toMatchObject({ action: 'skip', reason: 'no_value' });
  });

  it('takes over the user’s other answer only when asked to replace it', () => {
    expect(plan(periodRadios('period'))[0]).toMatchObject({ action: 'skip', reason: 'has_value' });
    expect(plan(periodRadios('period'), VALUES, true)[0]).toEqual({
      ref: 0,
      field: 'periodChoice',
      action: 'check',
      option: 'year',
    });
    // Another group's checked radio is not an answer to this question.
    const otherGroup = [
      ...periodRadios(undefined),
      field(2, 'Ja', { control: 'radio', type: 'radio', group: 'q', checked: true }),
    ];
    expect(plan(otherGroup)[0]).toMatchObject({ action: 'check' });
  });

  it('is not the question unless both answers are there', () => {
    const onlyYear = plan(periodRadios(undefined, ['Helt år', 'Ja']));
    expect(onlyYear.every((s) => s.action === 'skip')).toBe(true);
  });
});

describe('a select', () => {
  const select = (value = '') =>
    field(0, 'Anordnarens namn', {
      control: 'select',
      type: 'select-one',
      value,
      options: [
        { value: 'a', text: 'Hälsopartner AB' },
        { value: 'b', text: 'Annan Anordnare AB' },
      ],
    });

  it('says it is already right, keeps the user’s choice, and replaces it only when asked', () => {
    expect(plan([select('a')])[0]).toMatchObject({ action: 'already' });
    expect(plan([select('b')])[0]).toMatchObject({ action: 'skip', reason: 'has_value' });
    expect(plan([select('b')], VALUES, true)[0]).toMatchObject({ action: 'select', value: 'a' });
  });

  it('names the value to choose when no option is exactly the case’s', () => {
    const other = { ...VALUES, 'provider.name': 'Tredje AB', 'provider.organisationsnummer': '' };
    expect(plan([select()], other)[0]).toMatchObject({
      action: 'skip',
      reason: 'no_option',
      toType: 'Tredje AB',
    });
  });
});

describe('a name the records hold only whole', () => {
  it('is the value to type into a first-name field', () => {
    expect(plan([field(0, 'Medarbetarens förnamn')])[0]).toEqual({
      ref: 0,
      field: 'employee.firstName',
      action: 'skip',
      reason: 'name_not_split',
      toType: 'Anna Maria Svensson',
    });
  });
});

describe('what a step asks the background for', () => {
  it('asks for the full name with a split name and for the number with a provider select, and for nothing unmatched', () => {
    const descs = [
      field(0, 'Medarbetarens förnamn'),
      field(1, 'Anordnare', { control: 'select', options: [{ value: 'a', text: 'A AB' }] }),
      field(2, 'Favoritfärg'),
    ];
    expect(fieldsNeeded(matchFields(descs)).sort()).toEqual([
      'employee.firstName',
      'employee.name',
      'provider.name',
      'provider.organisationsnummer',
    ]);
  });

  it('gives two fields claiming one value nothing, and says which value they claim', () => {
    const m = matchFields([field(0, 'Arbetsgivarens namn'), field(1, 'Arbetsgivarens namn')]);
    expect(m).toEqual([
      { ref: 0, reason: 'duplicate', candidates: ['employer.name'] },
      { ref: 1, reason: 'duplicate', candidates: ['employer.name'] },
    ]);
  });

  it('calls a field named only by its aria-label or name weak, and a field named by nothing unknown', () => {
    const reasonOf = (d: FieldDescription) => {
      const [m] = matchFields([d]);
      return m && 'reason' in m ? m.reason : undefined;
    };
    expect(reasonOf(field(0, '', { ariaLabel: 'Personnummer' }))).toBe('weak_label');
    expect(reasonOf(field(0, '  ', { name: '  ' }))).toBe('no_match');
    expect(reasonOf(field(0, 'Arbetsgivarens namn', { control: 'other', type: 'range' }))).toBe(
      'no_match',
    );
  });
});

describe('values handed to a step', () => {
  it('are only the ones the step asks for, kinds copied, nothing for a value the case lacks', () => {
    const picked = pickValues(VALUES, ['kinds', 'amount', 'contact.email']);
    expect(Object.keys(picked).sort()).toEqual(['amount', 'kinds']);
    expect(picked.kinds).toEqual(['utreda', 'folja_upp']);
    expect(picked.kinds).not.toBe(VALUES.kinds);
    expect(Object.keys(pickValues({ amount: '1' }, ['kinds']))).toEqual([]);
  });
});

describe('the pages the content script may fill', () => {
  it('are only the listed origins, matched whole', () => {
    const pages = ['https://www.forsakringskassan.se/*'];
    expect(originAllowed('https://www.forsakringskassan.se/foretag/ansokan', pages)).toBe(true);
    expect(originAllowed(undefined, pages)).toBe(false);
    expect(originAllowed('https://www.forsakringskassan.se.evil.example/', pages)).toBe(false);
    expect(originAllowed('https://evil.example/https://www.forsakringskassan.se/', pages)).toBe(
      false,
    );
    expect(originAllowed('https://www.forsakringskassan.se/', ['https://x/*/y'])).toBe(false);
    expect(
      originAllowed('https://www.forsakringskassan.se/', ['xhttps://www.forsakringskassan.se/*']),
    ).toBe(false);
  });
});

describe('the application’s own values', () => {
  it('name the attachment and the period when the application has them', () => {
    const values = prefillValues({
      employer: { organisationsnummer: '556016-0680', name: 'Exempel Bygg AB' },
      provider: { organisationsnummer: '556677-8899', name: 'Hälsopartner AB' },
      employee: { personnummer: '19121212-1212' },
      kinds: ['utreda'],
      year: 2026,
      period: { from: '2026-03-01', to: '2026-05-31' },
      amount: 6500,
      expectedGrant: 3250,
      attachmentName: 'fakturaunderlag-2026.csv',
      contact: { name: 'Karin Lind', phone: '070-1234567', email: 'karin@exempelbygg.se' },
    } as never);
    expect(values).toMatchObject({
      attachment: 'fakturaunderlag-2026.csv',
      periodChoice: 'period',
      'period.from': '2026-03-01',
      'period.to': '2026-05-31',
    });
  });
});
