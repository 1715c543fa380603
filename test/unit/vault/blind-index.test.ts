import { beforeAll, describe, expect, it } from 'vitest';
import {
  blindIndex,
  nameIndex,
  normaliseForIndex,
  opaqueId,
} from '../../../core/vault/blind-index.ts';
import { toBase64Url, utf8 } from '../../../core/vault/bytes.ts';
import { unlockWithPassphrase } from '../../../core/vault/header.ts';
import { VaultKeys } from '../../../core/vault/keys.ts';
import { sealRecord } from '../../../core/vault/sealed-records.ts';
import { employee, newVault, PASSPHRASE } from './fixtures.ts';

let vault: Awaited<ReturnType<typeof newVault>>;
let other: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  [vault, other] = await Promise.all([newVault(), newVault()]);
});

describe('blind indexes', () => {
  it('are stable: the same personnummer gives the same entry after a new unlock', async () => {
    const unlocked = await unlockWithPassphrase(vault.header, PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.error.en);
    expect(await blindIndex(unlocked.keys, 'personnummer', '19850712-1237')).toBe(
      await blindIndex(vault.keys, 'personnummer', '19850712-1237'),
    );
  });

  it('find a personnummer however it is written', async () => {
    const stored = await blindIndex(vault.keys, 'personnummer', '19850712-1237');
    for (const typed of ['198507121237', '850712-1237', '8507121237', ' 19850712-1237 ']) {
      expect(await blindIndex(vault.keys, 'personnummer', typed)).toBe(stored);
    }
  });

  it('depend on the key: another vault gives another entry for the same value', async () => {
    expect(await blindIndex(other.keys, 'personnummer', '19850712-1237')).not.toBe(
      await blindIndex(vault.keys, 'personnummer', '19850712-1237'),
    );
    expect(await opaqueId(other.keys, 'employees', employee.id)).not.toBe(
      await opaqueId(vault.keys, 'employees', employee.id),
    );
  });

  it('are not an unkeyed hash of the personnummer', async () => {
    const entry = await blindIndex(vault.keys, 'personnummer', '19850712-1237');
    for (const text of [
      '19850712-1237',
      '198507121237',
      '["blind/v1","personnummer","19850712-1237"]',
    ]) {
      const sha = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text)));
      expect(entry).not.toBe(toBase64Url(sha.subarray(0, 16)));
      expect(entry).not.toBe(toBase64Url(sha));
    }
  });

  it('separate fields: a value indexed as a name differs from the same value as a personnummer', async () => {
    expect(await blindIndex(vault.keys, 'name', '19850712-1237')).not.toBe(
      await blindIndex(vault.keys, 'personnummer', '19850712-1237'),
    );
  });

  it('index a name as a whole and by word, ignoring case and spacing', async () => {
    const entries = await nameIndex(vault.keys, 'Anna  Karin-Lind');
    expect(entries).toHaveLength(4);
    expect(entries).toContain(await blindIndex(vault.keys, 'name', 'anna karin-lind'));
    expect(entries).toContain(await blindIndex(vault.keys, 'name', 'KARIN'));
    expect(entries).toContain(await blindIndex(vault.keys, 'name', 'Lind'));
    expect(entries).not.toContain(await blindIndex(vault.keys, 'name', 'Lin'));
  });

  it('are what a sealed employee is found by', async () => {
    const sealed = await sealRecord(vault.keys, 'employees', employee);
    expect(sealed.personnummerIndex).toBe(
      await blindIndex(vault.keys, 'personnummer', '850712-1237'),
    );
    expect(sealed.nameIndex).toContain(await blindIndex(vault.keys, 'name', 'andersson'));
  });

  it('keep å, ä and ö apart from a, a and o', () => {
    expect(normaliseForIndex('name', 'Åsa Öberg')).toBe('åsa öberg');
    expect(normaliseForIndex('name', 'Åsa Öberg')).not.toBe(normaliseForIndex('name', 'Asa Oberg'));
  });

  it('do not depend on the cache of opaque ids', async () => {
    const fresh = await VaultKeys.fromSessionSecret(vault.keys.toSessionSecret());
    const cached = await opaqueId(vault.keys, 'employers', 'ag-1');
    expect(await opaqueId(fresh, 'employers', 'ag-1')).toBe(cached);
    expect(await opaqueId(fresh, 'employees', 'ag-1')).not.toBe(cached);
  });
});
