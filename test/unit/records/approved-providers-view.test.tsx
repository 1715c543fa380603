// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InsatsApprovalWarning,
  ProviderApproval,
} from '../../../extension/records/ApprovalNotices.tsx';
import { ApprovedProvidersView } from '../../../extension/records/ApprovedProvidersView.tsx';
import { approvedLists } from '../../../extension/records/approved-lists.ts';
import { setLang } from '../../../extension/records/state.ts';
import { sampleRecords } from './sample.ts';

const FIXTURE = new Uint8Array(
  readFileSync('test/fixtures/approved-providers/godkanda-anordnare.xlsx'),
);

afterEach(() => {
  cleanup();
  setLang('sv');
});

function chooseFile(input: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name: string) {
  const file = new File([bytes], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('importing FK’s list of approved providers', () => {
  it('previews the providers and the unread rows, then saves the list with its date', async () => {
    render(<ApprovedProvidersView />);
    await waitFor(() => expect(screen.getByText('Ingen lista är importerad än.')).toBeTruthy());
    chooseFile(screen.getByLabelText('Välj Excel-fil (.xlsx)'), FIXTURE, 'godkanda-anordnare.xlsx');
    const preview = await screen.findByTestId('approved-list-preview');
    expect(preview.textContent).toContain('5 anordnare (8 rader lästa)');
    expect(screen.getByTestId('list-rejected').textContent).toContain(
      'Rad 10, kolumnen ”Organisationsnummer”: Ogiltigt organisationsnummer (kontrollera siffrorna).',
    );
    // The date written in the file's title row is offered.
    const date = screen.getByLabelText('Listans datum') as HTMLInputElement;
    expect(date.value).toBe('2026-11-15');
    fireEvent.input(date, { target: { value: '15/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara listan' }));
    await waitFor(() =>
      expect(screen.getByText('Ange listans datum som ÅÅÅÅ-MM-DD.')).toBeTruthy(),
    );
    fireEvent.input(date, { target: { value: '2026-11-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara listan' }));
    await waitFor(() => expect(screen.getByText('Listan är sparad.')).toBeTruthy());
    expect(screen.getByTestId('list-in-force').textContent).toContain(
      '15 november 2026: 5 anordnare',
    );
  });

  it('says in both languages when the file is not an .xlsx, and keeps nothing', async () => {
    setLang('en');
    render(<ApprovedProvidersView />);
    chooseFile(
      screen.getByLabelText('Choose Excel file (.xlsx)'),
      new TextEncoder().encode('Anordnare;Organisationsnummer\n'),
      'lista.csv',
    );
    await waitFor(() =>
      expect(
        screen.getByText(
          'The file could not be read as an Excel workbook (.xlsx). Check that it is the right file.',
        ),
      ).toBeTruthy(),
    );
    expect(screen.queryByTestId('approved-list-preview')).toBeNull();
  });
});

describe('the provider’s place on the list', () => {
  it('shows on the provider page whether the organisationsnummer is listed, with the date', async () => {
    await waitFor(() => expect(approvedLists.value?.length).toBe(1));
    const { rerender } = render(<ProviderApproval organisationsnummer="5566778899" />);
    expect(screen.getByTestId('provider-approval').textContent).toContain(
      'Står på Försäkringskassans lista över godkända anordnare (listan från 15 november 2026).',
    );
    rerender(<ProviderApproval organisationsnummer="556012-3456" />);
    expect(screen.getByTestId('provider-approval').dataset.status).toBe('not-listed');
  });

  it('warns on the employee’s page for the insatser of a provider not on the list', async () => {
    await waitFor(() => expect(approvedLists.value?.length).toBe(1));
    const records = sampleRecords();
    const insatser = records.insatser.filter((i) => i.employeeId === 'm-anna');
    const listed = records.providers;
    const { rerender } = render(<InsatsApprovalWarning c={{ providers: listed, insatser }} />);
    expect(screen.queryByTestId('provider-not-listed')).toBeNull();

    const unlisted = [{ ...listed[0]!, name: 'Okänd FHV AB', organisationsnummer: '556012-3456' }];
    rerender(<InsatsApprovalWarning c={{ providers: unlisted, insatser }} />);
    const warning = screen.getByTestId('provider-not-listed').textContent ?? '';
    expect(warning).toContain('Anordnaren står inte på Försäkringskassans lista');
    expect(warning).toContain('Okänd FHV AB (556012-3456)');
    expect(warning).toContain('Utreda arbetsförmåga (2026-03-10), Samtalsbehandling (2026-06-15)');
  });
});
