// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * The dashboard never goes blank and never loses an edit silently: a view that throws shows a
 * message in the user's language; a backup that would not restore is not saved; an import
 * confirmed on records that changed since its preview is refused and the user asked to look again.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportRecords,
  putInsats,
  wipeRecords,
  writeRecords,
} from '../../../core/store/records.ts';
import { ErrorBoundary } from '../../../extension/records/ErrorBoundary.tsx';
import { ImportView } from '../../../extension/records/ImportView.tsx';
import { db, notice, setLang } from '../../../extension/records/state.ts';
import { deletionNotice } from '../../../extension/records/text.ts';
import { sampleOf, sampleRecords } from './sample.ts';

const HEADER =
  'arbetsgivare_orgnr;arbetsgivare_namn;sektor;afa_avtal;personnummer;medarbetare_namn;anstallningsgrupp;insats_id;kategori;insats_namn;fk_typ;paborjad;genomford;utforare;kompetens;kostnad';
const ROW =
  '212000-0142;Exempelby kommun;kommun;AGS-KL;850712-1237;Anna Andersson;arbetare;i1;utredning;Utreda arbetsförmåga;utreda;2026-03-02;2026-03-10;Eva Ek;Leg. psykolog;3 500';

function chooseFile(input: HTMLElement, text: string, name: string) {
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(async () => {
  await wipeRecords(await db());
});
afterEach(() => {
  cleanup();
  setLang('sv');
});

function Boom(): never {
  throw new RangeError('Invalid time value');
}

describe('a view that fails', () => {
  it('shows a message in Swedish, and in English when chosen, never a blank page', () => {
    render(
      <ErrorBoundary resetKey="/x">
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Sidan kunde inte visas.');
    cleanup();
    setLang('en');
    render(
      <ErrorBoundary resetKey="/x">
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The page could not be shown.');
  });
});

describe('saving a backup', () => {
  it('refuses a backup that would not restore and names the record', async () => {
    const d = await db();
    await writeRecords(d, sampleRecords());
    const raw = await openDB(d.name);
    await raw.put('applications', { ...sampleOf('applications', 'a1'), insatsIds: ['gone'] });
    raw.close();
    render(<ImportView />);
    fireEvent.click(screen.getByRole('button', { name: 'Spara säkerhetskopia (JSON)' }));
    await waitFor(() => expect(screen.getByTestId('export-refused')).toBeTruthy());
    expect(screen.getByTestId('export-refused').textContent).toContain(
      'Ansökan 1, Insats 1: Hänvisar till en post som inte finns i filen.',
    );

    // The way out: take the deleted insats out of the application, told which, then save again.
    window.confirm = () => true;
    fireEvent.click(
      screen.getByRole('button', { name: 'Ta bort hänvisningarna till borttagna insatser' }),
    );
    await waitFor(() =>
      expect(notice.value?.sv).toMatch(/^Ansökan till Försäkringskassan för 2025/),
    );
    expect(notice.value?.sv).toContain('gällde bara borttagna insatser och är borttagen.');
    expect((await exportRecords(d)).applications).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Spara säkerhetskopia (JSON)' }));
    await waitFor(() => expect(screen.queryByTestId('export-refused')).toBeNull());
  });
});

describe('an import confirmed after the records changed', () => {
  it('is refused, keeps the other edit and asks to choose the file again', async () => {
    const d = await db();
    await writeRecords(d, sampleRecords());
    render(<ImportView />);
    chooseFile(screen.getByLabelText('Välj CSV-fil'), `${HEADER}\n${ROW}`, 'ny.csv');
    await waitFor(() => expect(screen.getByTestId('csv-preview')).toBeTruthy());
    // Another tab saves an edit of the same insats after the preview.
    await putInsats(d, { ...sampleOf('insatser', 'i1'), cost: 4000 });
    fireEvent.click(screen.getByRole('button', { name: /^Importera/ }));
    await waitFor(() => expect(screen.getByTestId('import-stale')).toBeTruthy());
    expect(screen.getByTestId('import-stale').textContent).toContain('Ingenting importerades.');
    const i1 = (await exportRecords(d)).insatser.find((i) => i.id === 'i1');
    expect(i1?.cost).toBe(4000);
  });
});

describe('the notice after deleting an insats', () => {
  it('names the applications changed and deleted, in both languages', () => {
    const a = sampleOf('applications', 'a1');
    const text = deletionNotice({
      updated: [{ ...a, insatsIds: ['i9'] }],
      deleted: [{ ...a, payer: 'afa', year: 2026 }],
    });
    expect(text.sv).toBe(
      'Insatsen är borttagen. Den togs också bort ur ansökan till Försäkringskassan för 2025 (inskickad). Ansökan till Afa Försäkring för 2026 (inskickad) gällde bara den insatsen och är borttagen.',
    );
    expect(text.en).toContain(
      'It was also taken out of the application to Försäkringskassan for 2025',
    );
  });
});
