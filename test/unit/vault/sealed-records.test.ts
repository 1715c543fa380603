import { beforeAll, describe, expect, it } from 'vitest';
import { opaqueId } from '../../../core/vault/blind-index.ts';
import { VaultError } from '../../../core/vault/errors.ts';
import {
  isSealedRecord,
  openRecord,
  openRecords,
  type SealedOf,
  sealRecord,
  sealRecords,
} from '../../../core/vault/sealed-records.ts';
import {
  application,
  employee,
  employer,
  insats,
  newVault,
  provider,
  readableText,
  SECRETS,
} from './fixtures.ts';

let vault: Awaited<ReturnType<typeof newVault>>;
let other: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  [vault, other] = await Promise.all([newVault(), newVault()]);
});

const flip = (bytes: Uint8Array, at = 0) => {
  const copy = new Uint8Array(bytes);
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
};

async function expectTampered(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  expect(error).toMatchObject({ code: 'record_tampered', sv: expect.stringMatching(/^En post/) });
}

describe('sealing a record', () => {
  it('round-trips every kind', async () => {
    const k = vault.keys;
    expect(await openRecord(k, 'providers', await sealRecord(k, 'providers', provider))).toEqual(
      provider,
    );
    expect(await openRecord(k, 'employers', await sealRecord(k, 'employers', employer))).toEqual(
      employer,
    );
    expect(await openRecord(k, 'employees', await sealRecord(k, 'employees', employee))).toEqual(
      employee,
    );
    const sealedInsats = await sealRecord(k, 'insatser', insats, { employerId: employer.id });
    expect(await openRecord(k, 'insatser', sealedInsats)).toEqual(insats);
    const sealedApplication = await sealRecord(k, 'applications', application);
    expect(await openRecords(k, 'applications', [sealedApplication])).toEqual([application]);
  });

  it('leaves no name, personnummer, organisationsnummer, cost or text readable', async () => {
    const k = vault.keys;
    const stored = [
      await sealRecord(k, 'providers', provider),
      await sealRecord(k, 'employers', employer),
      await sealRecord(k, 'employees', employee),
      await sealRecord(k, 'insatser', insats, { employerId: employer.id }),
      await sealRecord(k, 'applications', application),
    ];
    const text = readableText(stored);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('keeps readable only opaque ids, the year and the insats dates', async () => {
    const sealed = await sealRecord(vault.keys, 'insatser', insats, { employerId: employer.id });
    const { iv: _iv, data: _data, ...readable } = sealed;
    expect(readable).toEqual({
      id: await opaqueId(vault.keys, 'insatser', insats.id),
      v: 1,
      employeeId: await opaqueId(vault.keys, 'employees', employee.id),
      employerId: await opaqueId(vault.keys, 'employers', employer.id),
      year: 2026,
      startedOn: '2026-03-02',
      performedOn: '2026-03-10',
    });
  });

  it('lists an employee’s insatser under the same opaque ids as the employee itself', async () => {
    const sealedEmployee = await sealRecord(vault.keys, 'employees', employee);
    const sealedInsats = await sealRecord(vault.keys, 'insatser', insats, {
      employerId: employer.id,
    });
    const sealedEmployer = await sealRecord(vault.keys, 'employers', employer);
    expect(sealedInsats.employeeId).toBe(sealedEmployee.id);
    expect(sealedInsats.employerId).toBe(sealedEmployer.id);
    expect(sealedEmployee.employerId).toBe(sealedEmployer.id);
  });

  it('uses a fresh IV for every write of the same record', async () => {
    const a = await sealRecord(vault.keys, 'employers', employer);
    const b = await sealRecord(vault.keys, 'employers', employer);
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.data).not.toEqual(b.data);
    expect(a.id).toBe(b.id);
  });

  it('seals many in chunks, in their order, each under its employer', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...insats, id: `i-${i}`, cost: i }));
    const sealed = await sealRecords(
      vault.keys,
      'insatser',
      many,
      (i) => ({ employerId: i.cost % 2 === 0 ? employer.id : 'ag-other' }),
      64,
    );
    expect(await openRecords(vault.keys, 'insatser', sealed)).toEqual(many);
    expect(sealed[0]?.employerId).toBe(await opaqueId(vault.keys, 'employers', employer.id));
    expect(sealed[1]?.employerId).toBe(await opaqueId(vault.keys, 'employers', 'ag-other'));
  });

  it('is recognised as sealed, and a plain record is not', async () => {
    expect(isSealedRecord(await sealRecord(vault.keys, 'providers', provider))).toBe(true);
    expect(isSealedRecord(provider)).toBe(false);
    expect(isSealedRecord(null)).toBe(false);
  });
});

describe('a tampered record does not open', () => {
  let sealed: SealedOf<'insatser'>;
  beforeAll(async () => {
    sealed = await sealRecord(vault.keys, 'insatser', insats, { employerId: employer.id });
  });

  it('with one bit of the ciphertext flipped', async () => {
    await expectTampered(
      openRecord(vault.keys, 'insatser', { ...sealed, data: flip(sealed.data) }),
    );
    await expectTampered(
      openRecord(vault.keys, 'insatser', {
        ...sealed,
        data: flip(sealed.data, sealed.data.length - 1),
      }),
    );
  });

  it('with one bit of the IV flipped', async () => {
    await expectTampered(openRecord(vault.keys, 'insatser', { ...sealed, iv: flip(sealed.iv) }));
  });

  it('with a readable field changed (the year, a date, the employer it is listed under)', async () => {
    await expectTampered(openRecord(vault.keys, 'insatser', { ...sealed, year: 2025 }));
    await expectTampered(
      openRecord(vault.keys, 'insatser', { ...sealed, performedOn: '2026-03-11' }),
    );
    const otherEmployer = await opaqueId(vault.keys, 'employers', 'ag-556012-3456');
    await expectTampered(
      openRecord(vault.keys, 'insatser', { ...sealed, employerId: otherEmployer }),
    );
  });

  it('with its ciphertext moved onto another record', async () => {
    const second = await sealRecord(
      vault.keys,
      'insatser',
      { ...insats, id: 'i2', cost: 99 },
      { employerId: employer.id },
    );
    await expectTampered(
      openRecord(vault.keys, 'insatser', { ...sealed, iv: second.iv, data: second.data }),
    );
  });

  it('when read as another kind', async () => {
    const sealedProvider = await sealRecord(vault.keys, 'providers', provider);
    await expectTampered(
      openRecord(vault.keys, 'employers', { ...sealedProvider, orgnrIndex: '' }),
    );
  });

  it('under another vault’s keys', async () => {
    await expectTampered(openRecord(other.keys, 'insatser', sealed));
  });

  it('when it is not sealed at all', async () => {
    await expectTampered(
      openRecord(vault.keys, 'providers', provider as unknown as SealedOf<'providers'>),
    );
  });
});
