// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type PanelData, PrefillPanel } from '../../../extension/prefill/PrefillPanel.tsx';

afterEach(cleanup);

/** "Fyll i", once the check of the chosen case has answered and the button takes a click. */
async function fillButton(): Promise<HTMLButtonElement> {
  const button = screen.getByRole('button', { name: /Fyll i/ }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

const DATA: PanelData = {
  tabId: 7,
  employers: [{ id: 'e1', name: 'Exempel Bygg AB' }],
  employees: [{ id: 'm1', name: 'Sven Svensson', employerId: 'e1' }],
  insatser: [
    {
      id: 'i1',
      employeeId: 'm1',
      name: 'Utreda arbetsförmåga',
      performedOn: '2025-03-10',
      cost: 12000,
    },
    { id: 'i2', employeeId: 'm1', name: 'Stödsamtal', performedOn: '2026-02-02', cost: 6500 },
  ],
  applications: [],
};

function fakeBackground(answers: Record<string, unknown>) {
  const sent: { type: string; [k: string]: unknown }[] = [];
  const send = async (message: unknown) => {
    const m = message as { type: string };
    sent.push(m);
    return answers[m.type];
  };
  return { sent, send };
}

describe('the prefill panel', () => {
  it('offers the latest year of the chosen employee, checks the case, and lists what was not filled and why', async () => {
    const bg = fakeBackground({
      'prefill:hello': DATA,
      'prefill:check': { ok: true, problems: [], fkGrant: 3250 },
      'prefill:fill': {
        ok: true,
        warnings: [],
        attachmentName: 'fakturaunderlag-2026-m1.csv',
        lines: [
          { label: 'Arbetsgivarens namn', field: 'employer.name', status: 'filled' },
          {
            label: 'Fakturaunderlag',
            field: 'attachment',
            status: 'skipped',
            reason: 'attachment',
          },
          { label: 'Ombudets personnummer', status: 'skipped', reason: 'no_match' },
        ],
      },
    });
    render(<PrefillPanel send={bg.send} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    expect((screen.getByRole('checkbox', { name: /Stödsamtal/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('checkbox', { name: /Utreda/ }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(await screen.findByText(/betalar enligt registret 3\s250\skr/)).toBeTruthy();

    fireEvent.click(await fillButton());
    const notFilled = await screen.findByTestId('not-filled');
    expect(notFilled.textContent).toContain('Ombudets personnummer');
    expect(notFilled.textContent).toContain('känns inte igen');
    expect(notFilled.textContent).toContain('bifoga filen själv');
    expect(screen.getByText(/Bifoga fakturaunderlaget: fakturaunderlag-2026-m1\.csv/)).toBeTruthy();
    const fill = bg.sent.find((m) => m.type === 'prefill:fill');
    expect(fill).toMatchObject({
      choice: { employeeId: 'm1', insatsIds: ['i2'] },
      overwrite: false,
    });
  });

  it('keeps "Fyll i" disabled while the chosen case is checked, so its result cannot move the button under the pointer', async () => {
    let answerCheck: (v: unknown) => void = () => undefined;
    const sent: string[] = [];
    const send = (message: unknown) => {
      const type = (message as { type: string }).type;
      sent.push(type);
      if (type === 'prefill:hello') return Promise.resolve(DATA);
      if (type === 'prefill:check')
        return new Promise((resolve) => {
          answerCheck = resolve;
        });
      return Promise.resolve({ ok: true, warnings: [], lines: [] });
    };
    render(<PrefillPanel send={send} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    const button = screen.getByRole('button', { name: /Fyll i/ }) as HTMLButtonElement;
    await waitFor(() => expect(sent).toContain('prefill:check'));
    expect(button.disabled).toBe(true);
    expect(screen.getByText(/Kontrollerar ärendet/)).toBeTruthy();
    fireEvent.click(button);
    expect(sent).not.toContain('prefill:fill');
    answerCheck({ ok: true, problems: [], fkGrant: 3250 });
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.getByText(/betalar enligt registret 3\s250\skr/)).toBeTruthy();
    expect(screen.queryByText(/Kontrollerar ärendet/)).toBeNull();
  });

  it('shows why a case cannot be filled, in Swedish and English', async () => {
    const problem = {
      sv: 'Anordnaren är inte godkänd.',
      en: 'The provider is not approved.',
      severity: 'stop',
    };
    const bg = fakeBackground({
      'prefill:hello': DATA,
      'prefill:check': { ok: false, problems: [problem], fkGrant: 0 },
      'prefill:fill': { ok: false, problems: [problem] },
    });
    render(<PrefillPanel send={bg.send} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    fireEvent.click(await fillButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Anordnaren är inte godkänd.');
    expect(alert.textContent).toContain('The provider is not approved.');
  });

  it('asks for a reload when the background no longer answers (the extension was updated)', async () => {
    const send = async (message: unknown) => {
      if ((message as { type: string }).type === 'prefill:hello') return DATA;
      throw new Error('Extension context invalidated.');
    };
    render(<PrefillPanel send={send} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    fireEvent.click(await fillButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Ladda om sidan'));
  });
});

describe('the popup', () => {
  it('fills the tab it was opened for, naming it to the background', async () => {
    const bg = fakeBackground({
      'prefill:hello': { ...DATA, tabId: undefined },
      'prefill:check': { ok: true, problems: [], fkGrant: 3250 },
      'prefill:fill': { ok: true, warnings: [], lines: [] },
    });
    render(<PrefillPanel send={bg.send} tabId={42} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    fireEvent.click(await fillButton());
    await screen.findByTestId('filled');
    expect(bg.sent.find((m) => m.type === 'prefill:fill')).toMatchObject({ tabId: 42 });
    expect(bg.sent.find((m) => m.type === 'prefill:check')).toMatchObject({ tabId: 42 });
  });
});

describe('the panel says what to type', () => {
  async function choose(answers: Record<string, unknown>) {
    const bg = fakeBackground({ 'prefill:hello': DATA, ...answers });
    render(<PrefillPanel send={bg.send} tabId={7} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    return bg;
  }

  it('shows the cost to enter before FK\u2019s part, with and without VAT when they differ', async () => {
    await choose({
      'prefill:check': {
        ok: true,
        problems: [],
        fkGrant: 9250,
        cost: { amount: '18 500', exVat: '18 500', incVat: '21 500' },
      },
    });
    const cost = await screen.findByTestId('cost');
    expect(cost.textContent).toContain('Kostnad att fylla i: 18 500 kr');
    expect(cost.textContent).toContain('inklusive moms 21 500 kr');
    const precheck = screen.getByTestId('precheck').textContent ?? '';
    expect(precheck.indexOf('Kostnad att fylla i')).toBeLessThan(precheck.indexOf('betalar'));
    expect(precheck).toContain('inte beloppet att fylla i');
  });

  it('names the insatser to untick instead of showing "NaN kr" when the case cannot be checked', async () => {
    await choose({
      'prefill:check': {
        ok: false,
        problems: [
          {
            sv: 'Insatserna kommer från olika anordnare; en ansökan gäller en anordnare. Avmarkera: Stödsamtal (2026-02-09, Ej Godkänd Hälsa AB).',
            en: 'Untick: Stödsamtal.',
            severity: 'stop',
          },
        ],
      },
    });
    const precheck = await screen.findByTestId('precheck');
    expect(precheck.textContent).toContain('Avmarkera: Stödsamtal');
    expect(precheck.textContent).not.toContain('NaN');
  });

  it('shows the value to type beside each miss, and says when the fill showed new fields', async () => {
    await choose({
      'prefill:check': { ok: true, problems: [], fkGrant: 3250 },
      'prefill:fill': {
        ok: true,
        warnings: [],
        more: 1,
        lines: [
          {
            label: 'Förnamn',
            field: 'employee.firstName',
            status: 'skipped',
            reason: 'name_not_split',
            toType: 'Anna Maria Svensson',
          },
        ],
      },
    });
    await screen.findByTestId('precheck');
    fireEvent.click(await fillButton());
    const notFilled = await screen.findByTestId('not-filled');
    expect(notFilled.textContent).toContain('Skriv eller välj: Anna Maria Svensson');
    expect(screen.getByTestId('more').textContent).toContain('1 nya fält');
  });
});

describe('a large case', () => {
  it('lists 503 insatser with 250-character ids and sends them all with "Fyll i"', async () => {
    const id = (i: number) => `${'i'.repeat(246)}${String(i).padStart(4, '0')}`;
    const insatser = Array.from({ length: 503 }, (_, i) => ({
      id: id(i),
      employeeId: 'm1',
      name: `Samtal ${i + 1}`,
      performedOn: '2026-03-01',
      cost: 1000,
    }));
    const bg = fakeBackground({
      'prefill:hello': { ...DATA, insatser },
      'prefill:check': { ok: true, problems: [], fkGrant: 10000 },
      'prefill:fill': { ok: true, warnings: [], lines: [] },
    });
    render(<PrefillPanel send={bg.send} tabId={7} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    expect(screen.getAllByRole('checkbox', { name: /Samtal \d+/ })).toHaveLength(503);
    await screen.findByTestId('precheck');
    fireEvent.click(await fillButton());
    await screen.findByTestId('filled');
    const fill = bg.sent.find((m) => m.type === 'prefill:fill') as unknown as {
      choice: { insatsIds: string[] };
    };
    expect(fill.choice.insatsIds).toHaveLength(503);
    const { PanelRequestSchema } = await import('../../../extension/prefill/messages.ts');
    expect(PanelRequestSchema.safeParse(fill).success).toBe(true);
  });
});
