// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * Keyboard first: a new employee's page opens with the first insats' form focused, and the form
 * remembers the last category, performer, competence and price (never whom or when) between
 * entries, in the extension's own storage.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const stored = vi.hoisted(() => new Map<string, unknown>());
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (stored.has(key) ? { [key]: stored.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) stored.set(k, structuredClone(v));
        },
      },
    },
  },
}));

import { wipeRecords, writeRecords } from '../../../core/store/records.ts';
import { EmployeeView } from '../../../extension/records/EmployeeView.tsx';
import { firstInsatsFor } from '../../../extension/records/InsatsEditor.tsx';
import {
  loadRememberedInsats,
  rememberedInsats,
} from '../../../extension/records/insats-memory.ts';
import { db, refresh } from '../../../extension/records/state.ts';
import { sampleRecords } from './sample.ts';

beforeAll(async () => {
  const r = sampleRecords();
  const d = await db();
  await wipeRecords(d);
  await writeRecords(d, { ...r, insatser: [], applications: [] });
  await refresh();
});
afterEach(cleanup);

const value = (label: string) =>
  (screen.getByLabelText(label) as unknown as HTMLInputElement | HTMLSelectElement).value;
const fill = (label: string, v: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: v } });

describe('the insats form between entries', () => {
  it('opens focused for a new employee, then starts the next insats from the last one', async () => {
    firstInsatsFor.value = 'm-kim';
    render(<EmployeeView employeeId="m-kim" />);
    const category = await screen.findByLabelText('Kategori');
    await waitFor(() => expect(document.activeElement).toBe(category));
    expect(value('Utförare')).toBe('');

    fireEvent.change(category, { target: { value: 'utredning' } });
    fill('Namn', 'Utreda stödbehov');
    fireEvent.click(screen.getByLabelText('Utreda'));
    fill('Påbörjad', '2026-01-12');
    fill('Genomförd', '2026-01-20');
    fill('Utförare', 'Eva Ek');
    fill('Kompetens', 'Leg. psykolog');
    fill('Kostnad', '1 850,50');
    fill('Ställningstaganden (ett per rad)', 'Kim behöver behandling.');
    fireEvent.submit(screen.getByRole('form', { name: 'Lägg till insats' }));

    const add = await screen.findByRole('button', { name: 'Lägg till insats' });
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Lägg till insats' })).toBeNull(),
    );
    await waitFor(() => expect(document.activeElement).toBe(add));
    // Only what is tied to nobody is kept: no employee, name, date or position taken.
    expect(stored.get('insats.lastEntry')).toEqual({
      category: 'utredning',
      performer: 'Eva Ek',
      competence: 'Leg. psykolog',
      cost: 1850.5,
    });

    fireEvent.click(add);
    await screen.findByRole('form', { name: 'Lägg till insats' });
    expect(value('Kategori')).toBe('utredning');
    expect(value('Utförare')).toBe('Eva Ek');
    expect(value('Kompetens')).toBe('Leg. psykolog');
    expect(value('Kostnad')).toBe('1850,5');
    expect(value('Namn')).toBe('');
    expect(value('Påbörjad')).toBe('');
    expect(value('Ställningstaganden (ett per rad)')).toBe('');
  });

  it('reads the remembered entry back from storage after a reload, and ignores a bad one', async () => {
    rememberedInsats.value = undefined;
    await loadRememberedInsats();
    expect(rememberedInsats.peek()?.performer).toBe('Eva Ek');

    rememberedInsats.value = undefined;
    stored.set('insats.lastEntry', {
      category: 'no-such',
      performer: 'x',
      competence: '',
      cost: 1,
    });
    await loadRememberedInsats();
    expect(rememberedInsats.peek()).toBeUndefined();
    render(<EmployeeView employeeId="m-anna" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till insats' }));
    await screen.findByRole('form', { name: 'Lägg till insats' });
    expect(value('Kategori')).toBe('stodsamtal');
    expect(value('Utförare')).toBe('');
  });
});
