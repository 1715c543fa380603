/** The deadline badge reads no record while the vault is locked, and says how to unlock. */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const action = vi.hoisted(() => ({
  setBadgeText: vi.fn(async (_: { text: string }) => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  setTitle: vi.fn(async (_: { title: string }) => {}),
}));
vi.mock('wxt/browser', () => ({ browser: { action } }));

import { openRecordsDb, setVaultKeysSource, writeRecords } from '../../../core/store/records.ts';
import { idbMigrationStore } from '../../../core/store/vault-batch-store.ts';
import { migrateToVault } from '../../../core/vault/migration.ts';
import { updateDeadlineBadge } from '../../../extension/background/records.ts';
import { newVault } from '../vault/fixtures.ts';
import { sampleRecords } from './sample.ts';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let vault: Awaited<ReturnType<typeof newVault>>;
beforeAll(async () => {
  vault = await newVault();
  const db = await openRecordsDb();
  await writeRecords(db, sampleRecords());
  await migrateToVault(idbMigrationStore(db), vault.header, vault.keys);
  db.close();
});

describe('the deadline badge', () => {
  it('shows no count while locked and says "Lås upp Stödkollen"', async () => {
    setVaultKeysSource(async () => undefined);
    expect(await updateDeadlineBadge()).toBe(0);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(action.setTitle.mock.lastCall?.[0].title).toBe(
      'Stödkollen: Lås upp Stödkollen / Unlock Stödkollen',
    );
  });

  it('reads the sealed records again once unlocked', async () => {
    setVaultKeysSource(async () => vault.keys);
    await updateDeadlineBadge();
    expect(action.setTitle.mock.lastCall?.[0].title).not.toContain('Lås upp');
    setVaultKeysSource(undefined);
  });
});
