// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStatus } from '../../../extension/records/BackupStatus.tsx';
import { backupIsOld } from '../../../extension/records/backup-reminder.ts';
import { ImportView } from '../../../extension/records/ImportView.tsx';
import { counts, lang, lastBackupAt, setLang } from '../../../extension/records/state.ts';

const EXAMPLE = readFileSync('test/fixtures/records/exempel-insatser.csv', 'utf8');

afterEach(() => {
  cleanup();
  setLang('sv');
});

function chooseFile(input: HTMLElement, text: string, name: string) {
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the backup reminder', () => {
  it('is due without a backup, or when the last one is older than 30 days', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(backupIsOld(undefined, now)).toBe(true);
    expect(backupIsOld('2026-11-01T12:00:00Z', now)).toBe(false);
    expect(backupIsOld('2026-10-01T12:00:00Z', now)).toBe(true);
    expect(backupIsOld('not a date', now)).toBe(true);
  });

  it('shows the date of the last backup and reminds only when records could be lost', () => {
    counts.value = { providers: 0, employers: 0, employees: 0, insatser: 0, applications: 0 };
    lastBackupAt.value = undefined;
    const { rerender } = render(<BackupStatus />);
    expect(screen.getByText(/Ingen säkerhetskopia har sparats/)).toBeTruthy();
    expect(screen.queryByText(/Spara en ny säkerhetskopia/)).toBeNull();

    counts.value = { providers: 1, employers: 1, employees: 1, insatser: 2, applications: 0 };
    rerender(<BackupStatus />);
    expect(screen.getByText(/Spara en ny säkerhetskopia/)).toBeTruthy();

    lastBackupAt.value = new Date().toISOString();
    rerender(<BackupStatus />);
    expect(screen.queryByText(/Spara en ny säkerhetskopia/)).toBeNull();
  });
});

describe('the CSV import preview', () => {
  it('shows counts and rejected rows before anything is saved, in English when chosen', async () => {
    setLang('en');
    expect(lang.value).toBe('en');
    render(<ImportView />);
    chooseFile(screen.getByLabelText('Choose CSV file'), EXAMPLE, 'exempel.csv');
    await waitFor(() => expect(screen.getByText('Preview – nothing is saved yet')).toBeTruthy());
    expect(screen.getByText('Line 7, kostnad (Cost): The amount cannot be negative.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import (5 insatser)' })).toBeTruthy();
  });

  it('says which column is missing and offers no import', async () => {
    render(<ImportView />);
    chooseFile(screen.getByLabelText('Välj CSV-fil'), 'namn;kostnad\nAnna;100\n', 'fel.csv');
    await waitFor(() =>
      expect(
        screen.getByText(
          'Rad 1, arbetsgivare_orgnr (Arbetsgivarens organisationsnummer): Kolumnen saknas i rubrikraden.',
        ),
      ).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: /^Importera/ })).toBeNull();
  });
});
