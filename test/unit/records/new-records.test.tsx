// @vitest-environment happy-dom
/** @jsxImportSource preact */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getEmployee, getEmployer, putEmployer, wipeRecords } from '../../../core/store/records.ts';
import { NewRecordsView } from '../../../extension/records/NewRecordsView.tsx';
import { db, employeeHref, refresh, setLang } from '../../../extension/records/state.ts';

beforeAll(async () => {
  await wipeRecords(await db());
  await refresh();
});
afterEach(() => {
  cleanup();
  setLang('sv');
});

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('entering employers and employees by hand', () => {
  it('asks for the employer first, checks it as the import does and remembers it', async () => {
    render(<NewRecordsView />);
    expect(screen.getByText(/Lägg först in arbetsgivaren nedan/)).toBeTruthy();
    fill('Arbetsgivarens namn', 'Exempelby kommun');
    fill('Organisationsnummer', '212000-0143');
    fireEvent.click(screen.getByRole('button', { name: 'Spara arbetsgivaren' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'Organisationsnummer: Ogiltigt organisationsnummer (kontrollera siffrorna).',
        ),
      ).toBeTruthy(),
    );
    fill('Organisationsnummer', '2120000142');
    fireEvent.click(screen.getByRole('button', { name: 'Spara arbetsgivaren' }));
    await waitFor(() => expect(screen.getByText('Sparad: Exempelby kommun')).toBeTruthy());
    const stored = await getEmployer(await db(), 'ag-212000-0142');
    expect(stored).toMatchObject({
      organisationsnummer: '212000-0142',
      sector: 'kommun',
      afaAgreement: 'AGS-KL',
    });

    fill('Arbetsgivarens namn', 'Exempelby kommun igen');
    fill('Organisationsnummer', '212000-0142');
    fireEvent.click(screen.getByRole('button', { name: 'Spara arbetsgivaren' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'Organisationsnummer: En arbetsgivare med det organisationsnumret finns redan.',
        ),
      ).toBeTruthy(),
    );
    expect((await getEmployer(await db(), 'ag-212000-0142'))?.name).toBe('Exempelby kommun');
  });

  it('preselects the sector’s usual Afa agreement', async () => {
    render(<NewRecordsView />);
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'privat' } });
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Avtal med Afa Försäkring') as unknown as HTMLSelectElement).value,
      ).toBe('AGS'),
    );
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'stat' } });
    await waitFor(() =>
      expect(
        (screen.getByLabelText('Avtal med Afa Försäkring') as unknown as HTMLSelectElement).value,
      ).toBe('none'),
    );
  });

  it('saves an employee with a checked personnummer and opens their page', async () => {
    setLang('en');
    render(<NewRecordsView />);
    expect((screen.getByLabelText('Employer') as unknown as HTMLSelectElement).value).toBe(
      'ag-212000-0142',
    );
    fill("Employee's name", 'Anna Andersson');
    fill('Personnummer', '850712-1238');
    fireEvent.click(screen.getByRole('button', { name: 'Save the employee' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'Personnummer: Invalid personnummer or samordningsnummer (check the digits).',
        ),
      ).toBeTruthy(),
    );
    fill('Personnummer', '8507121237');
    fireEvent.click(screen.getByRole('button', { name: 'Save the employee' }));
    const id = 'm-212000-0142-19850712-1237';
    // The address names the new employee by an opaque token: no personnummer in the history.
    await waitFor(() => expect(location.hash).toMatch(/^#\/medarbetare\/[^/]+$/));
    expect(location.hash).not.toMatch(/850712|1237|212000/);
    expect(location.hash).toBe(employeeHref(id));
    expect(await getEmployee(await db(), id)).toMatchObject({
      personnummer: '19850712-1237',
      group: 'arbetare',
    });
  });

  it('preselects the employer of the last employee saved, and focuses the name', async () => {
    const d = await db();
    await putEmployer(d, {
      id: 'ag-556012-3456',
      name: 'Verkstaden AB',
      organisationsnummer: '556012-3456',
      sector: 'privat',
      afaAgreement: 'AGS',
    });
    await refresh();
    render(<NewRecordsView />);
    const employer = screen.getByLabelText('Arbetsgivare') as unknown as HTMLSelectElement;
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText('Medarbetarens namn')),
    );
    fireEvent.change(employer, { target: { value: 'ag-556012-3456' } });
    fill('Medarbetarens namn', 'Kim Karlsson');
    fill('Personnummer', '900315-2346');
    fireEvent.click(screen.getByRole('button', { name: 'Spara medarbetaren' }));
    await waitFor(() => expect(location.hash).toBe(employeeHref('m-556012-3456-19900315-2346')));
    cleanup();
    render(<NewRecordsView />);
    expect((screen.getByLabelText('Arbetsgivare') as unknown as HTMLSelectElement).value).toBe(
      'ag-556012-3456',
    );
  });
});
