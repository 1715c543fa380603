// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportView } from '../../../extension/records/ImportView.tsx';
import { isXlsxFile } from '../../../extension/records/import-file.ts';

const XLSX = new Uint8Array(readFileSync('test/fixtures/records/exempel-insatser-excel.xlsx'));

afterEach(cleanup);

describe('the insatser import from an Excel workbook', () => {
  it('shows the same preview as for a CSV file, with the spreadsheet’s row numbers', async () => {
    render(<ImportView />);
    const input = screen.getByLabelText('Välj CSV-fil');
    const file = new File([XLSX], 'insatser.xlsx', { type: '' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('csv-preview')).toBeTruthy());
    expect(screen.getByTestId('csv-preview').textContent).toContain('6 rader lästa');
    expect(
      screen.getByText('Rad 8, kostnad (Kostnad): Beloppet får inte vara negativt.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importera (5 insatser)' })).toBeTruthy();
  });

  it('knows a workbook by its name or its type, whatever the case', () => {
    expect(isXlsxFile({ name: 'INSATSER.XLSX', type: '' })).toBe(true);
    expect(
      isXlsxFile({
        name: 'export',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toBe(true);
    expect(isXlsxFile({ name: 'insatser.csv', type: 'text/csv' })).toBe(false);
  });
});
