import { describe, expect, it } from 'vitest';
import { EstimateInputSchema, validate } from '../../../core/index.ts';

const good = () => ({
  asOf: '2025-06-01',
  employer: { sector: 'privat', afaAgreement: 'none' },
  employee: { group: 'tjansteman' },
  provider: { fkApproved: true },
  insatser: [
    {
      id: 'a',
      category: 'utredning',
      startedOn: '2025-03-01',
      performedOn: '2025-03-05',
      cost: 1000,
    },
    {
      id: 'b',
      category: 'stodsamtal',
      startedOn: '2025-03-01',
      performedOn: '2025-03-05',
      cost: 1000,
    },
  ],
});

function errorsFor(mutate: (i: ReturnType<typeof good>) => unknown) {
  const input = good();
  const result = validate(EstimateInputSchema, mutate(input) ?? input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

describe('bad estimate input is rejected with a message naming the field, in Swedish and English', () => {
  it('accepts the good input', () => {
    expect(validate(EstimateInputSchema, good()).ok).toBe(true);
  });

  it('a date that does not exist', () => {
    const [e] = errorsFor((i) => {
      i.insatser[1]!.performedOn = '2025-02-30';
    });
    expect(e?.path).toBe('insatser.1.performedOn');
    expect(e?.sv).toBe('Insats 2, Genomförd: Ange ett riktigt datum som ÅÅÅÅ-MM-DD.');
    expect(e?.en).toBe('Insats 2, Carried out: Enter a real date as YYYY-MM-DD.');
  });

  it('a date in the wrong format', () => {
    const [e] = errorsFor((i) => {
      i.asOf = '1/6/2025';
    });
    expect(e?.sv).toBe('Beräkningsdatum: Ange ett riktigt datum som ÅÅÅÅ-MM-DD.');
  });

  it('a negative cost', () => {
    const [e] = errorsFor((i) => {
      i.insatser[0]!.cost = -5;
    });
    expect(e?.sv).toBe('Insats 1, Kostnad: Beloppet får inte vara negativt.');
    expect(e?.en).toBe('Insats 1, Cost: The amount cannot be negative.');
  });

  it('a cost with fractions of an öre', () => {
    const [e] = errorsFor((i) => {
      i.insatser[0]!.cost = 10.005;
    });
    expect(e?.en).toBe('Insats 1, Cost: The amount can have at most two decimals (öre).');
  });

  it('a cost given as text', () => {
    const [e] = errorsFor((i) => ({ ...i, insatser: [{ ...i.insatser[0], cost: '1000' }] }));
    expect(e?.sv).toBe('Insats 1, Kostnad: Ange beloppet i kronor som ett tal.');
  });

  it('an unknown category', () => {
    const [e] = errorsFor((i) => ({ ...i, insatser: [{ ...i.insatser[0], category: 'massage' }] }));
    expect(e?.sv).toBe('Insats 1, Kategori: Okänd kategori av insats.');
    expect(e?.en).toBe('Insats 1, Category: Unknown insats category.');
  });

  it('started after it was carried out', () => {
    const [e] = errorsFor((i) => {
      i.insatser[0]!.startedOn = '2025-04-01';
    });
    expect(e?.path).toBe('insatser.0.startedOn');
    expect(e?.sv).toBe(
      'Insats 1, Påbörjad: Insatsen kan inte ha påbörjats efter att den genomfördes.',
    );
  });

  it('duplicate ids', () => {
    const [e] = errorsFor((i) => {
      i.insatser[1]!.id = 'a';
    });
    expect(e?.path).toBe('insatser.1.id');
    expect(e?.en).toBe('Insats 2, Id: The id is already used by another insats.');
  });

  it('an invalid personnummer', () => {
    const [e] = errorsFor((i) => ({
      ...i,
      employee: { ...i.employee, personnummer: '19900101-1234' },
    }));
    expect(e?.path).toBe('employee.personnummer');
    expect(e?.sv).toBe(
      'Medarbetare, Personnummer: Ogiltigt personnummer eller samordningsnummer (kontrollera siffrorna).',
    );
  });

  it('an invalid organisationsnummer', () => {
    const [e] = errorsFor((i) => ({
      ...i,
      employer: { ...i.employer, organisationsnummer: '556016-0681' },
    }));
    expect(e?.path).toBe('employer.organisationsnummer');
    expect(e?.en).toBe(
      'Employer, Organisationsnummer: Invalid organisationsnummer (check the digits).',
    );
  });

  it('no insatser at all', () => {
    const [e] = errorsFor((i) => ({ ...i, insatser: [] }));
    expect(e?.sv).toBe('Insatser: Lägg till minst en insats.');
  });

  it('a missing sector and an unknown Afa agreement are both reported', () => {
    const errors = errorsFor((i) => ({ ...i, employer: { afaAgreement: 'XYZ' } }));
    expect(errors.map((e) => e.sv)).toEqual([
      'Arbetsgivare, Sektor: Värdet finns inte bland de tillåtna.',
      'Arbetsgivare, Avtal med Afa Försäkring: Värdet finns inte bland de tillåtna.',
    ]);
  });

  it('garbage never throws', () => {
    for (const junk of [null, undefined, 42, 'x', [], { insatser: 'x' }, { insatser: [null] }]) {
      const r = validate(EstimateInputSchema, junk);
      expect(r.ok).toBe(false);
    }
  });

  it('normalises a valid personnummer and organisationsnummer', () => {
    const r = validate(EstimateInputSchema, {
      ...good(),
      employee: { group: 'arbetare', personnummer: '121212+1212' },
      employer: { sector: 'privat', afaAgreement: 'AGS', organisationsnummer: '5560160680' },
    });
    expect(r.ok && r.data.employee.personnummer).toBe('19121212-1212');
    expect(r.ok && r.data.employer.organisationsnummer).toBe('556016-0680');
  });
});
