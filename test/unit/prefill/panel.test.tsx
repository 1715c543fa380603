// @vitest-environment happy-dom
/** @jsxImportSource preact */
/**
 * The prefill panel against the real background handler (extension/background/prefill.ts): the
 * records come from a fake records source, the page's content script is a fake tab that fills
 * what it is sent. What the panel shows is therefore what the background computes from records.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Insats } from '../../../core/schema/records.ts';
import type { RecordsSet } from '../../../core/store/records.ts';

type Listener = (message: unknown, sender: { tab?: { id?: number } }) => void;
type Run = { type: 'prefill:run'; values?: Record<string, unknown> };

const fake = vi.hoisted(() => ({
  listeners: new Set<Listener>(),
  records: undefined as unknown as RecordsSet,
  /** The content script of each tab: answers "prefill:run" with its report. */
  page: (async () => undefined) as (tab: number, run: Run) => Promise<unknown>,
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'ext-id',
      getURL: (p: string) => `chrome-extension://ext-id${p}`,
      onMessage: {
        addListener: (l: Listener) => fake.listeners.add(l),
        removeListener: (l: Listener) => fake.listeners.delete(l),
      },
    },
    tabs: { sendMessage: (tab: number, run: Run) => fake.page(tab, run) },
  },
}));
vi.mock('../../../extension/prefill/records-source.ts', () => ({
  loadRecords: async () => structuredClone(fake.records),
  loadCaseRecords: async () => structuredClone(fake.records),
  restoreBackupForTests: async () => undefined,
}));

const { PrefillPanel } = await import('../../../extension/prefill/PrefillPanel.tsx');
const { forgetTab, handleContentRequest, handlePanelRequest } = await import(
  '../../../extension/background/prefill.ts'
);
const { sendOver } = await import('../../../extension/messaging/send.ts');
const { PanelRequestSchema } = await import('../../../extension/messaging/protocol.ts');

const YEAR = new Date().getFullYear();
const PANEL = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const FK_PAGE = 'http://127.0.0.1:4430/eservice/';

function insats(id: string, over: Partial<Insats> = {}): Insats {
  return {
    id,
    employeeId: 'm1',
    providerId: 'p1',
    category: 'stodsamtal',
    name: 'Stödsamtal',
    kinds: ['genomfora'],
    startedOn: `${YEAR}-02-02`,
    performedOn: `${YEAR}-02-02`,
    performer: 'Per Ek',
    competence: 'Psykolog',
    cost: 6500,
    ...over,
  } as Insats;
}

/** Sven at Exempel Bygg: an investigation last year, a support talk this year (FK pays half). */
function records(insatser: Insats[] = []): RecordsSet {
  return {
    providers: [
      { id: 'p1', name: 'Hälsopartner AB', organisationsnummer: '556677-8899', fkApproved: true },
      {
        id: 'p2',
        name: 'Ej Godkänd Hälsa AB',
        organisationsnummer: '202100-5489',
        fkApproved: false,
      },
    ],
    employers: [
      {
        id: 'e1',
        name: 'Exempel Bygg AB',
        organisationsnummer: '556016-0680',
        sector: 'privat',
        afaAgreement: 'AGS',
        contact: { name: 'Karin Lind', phone: '070-123 45 67', email: 'karin@exempelbygg.se' },
      },
    ],
    employees: [
      {
        id: 'm1',
        employerId: 'e1',
        name: 'Sven Svensson',
        personnummer: '19121212-1212',
        group: 'arbetare',
      },
    ],
    insatser: [
      insats('i1', {
        category: 'utredning',
        name: 'Utreda arbetsförmåga',
        kinds: ['utreda'],
        startedOn: `${YEAR - 1}-03-10`,
        performedOn: `${YEAR - 1}-03-10`,
        cost: 12000,
      }),
      insats('i2'),
      ...insatser,
    ],
    applications: [],
  } as RecordsSet;
}

/** The panel's messages, as the background got them. */
let sent: { type: string; [k: string]: unknown }[] = [];
/** The runs each tab's page was sent. */
let runs: { tab: number; run: Run }[] = [];

/** The panel's `send`, straight into the background's handler for extension pages. */
const toBackground = sendOver<
  'prefill:hello' | 'prefill:check' | 'prefill:fill' | 'prefill:invoice-basis'
>(async (message) => {
  sent.push(message as (typeof sent)[number]);
  return handlePanelRequest(message, PANEL);
});

/** The content script of `tab` says which application fields its step asks for. */
function pageShows(tab: number, fields: string[]): void {
  handleContentRequest(
    { type: 'prefill:step-changed', signature: `step-${tab}`, fields },
    { tab: { id: tab }, frameId: 0, url: FK_PAGE },
  );
}

/** Every tab's page fills what it is given and reports `extra` lines besides. */
function pageFills(extra: Record<string, unknown>[] = [], more?: number): void {
  fake.page = async (tab, run) => {
    runs.push({ tab, run });
    const filled = Object.keys(run.values ?? {}).map((field) => ({
      label: field,
      field,
      status: 'filled',
    }));
    return { ok: true, lines: [...filled, ...extra], ...(more ? { more } : {}) };
  };
}

beforeEach(() => {
  fake.records = records();
  sent = [];
  runs = [];
  pageFills();
});
afterEach(() => {
  cleanup();
  for (const tab of [7, 42]) forgetTab(tab);
});

/** "Fyll i", once the check of the chosen case has answered and the button takes a click. */
async function fillButton(): Promise<HTMLButtonElement> {
  const button = screen.getByRole('button', { name: /Fyll i/ }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

async function chooseSven(tabId: number | undefined = 7) {
  render(<PrefillPanel send={toBackground} {...(tabId !== undefined ? { tabId } : {})} />);
  fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
  fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
}

describe('the prefill panel', () => {
  it('offers the latest year of the chosen employee, checks the case, and lists what was not filled and why', async () => {
    pageShows(7, ['employer.name', 'employer.organisationsnummer']);
    pageFills([
      { label: 'Fakturaunderlag', field: 'attachment', status: 'skipped', reason: 'attachment' },
      { label: 'Ombudets personnummer', status: 'skipped', reason: 'no_match' },
    ]);
    await chooseSven();
    expect((screen.getByRole('checkbox', { name: /Stödsamtal/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('checkbox', { name: /Utreda/ }) as HTMLInputElement).checked).toBe(
      false,
    );
    // FK pays half of the 6 500 kr talk.
    expect(await screen.findByText(/betalar enligt registret 3\s250\skr/)).toBeTruthy();

    fireEvent.click(await fillButton());
    const notFilled = await screen.findByTestId('not-filled');
    expect(notFilled.textContent).toContain('Ombudets personnummer');
    expect(notFilled.textContent).toContain('känns inte igen');
    expect(notFilled.textContent).toContain('bifoga filen själv');
    expect(screen.getByTestId('filled').textContent).toContain('employer.name');
    expect(screen.getByText(`Bifoga fakturaunderlaget: fakturaunderlag-${YEAR}.csv`)).toBeTruthy();
    // The page got the values of the fields its step asks for, and nothing else.
    expect(runs).toHaveLength(1);
    expect(runs[0]?.run.values).toEqual({
      'employer.name': 'Exempel Bygg AB',
      'employer.organisationsnummer': '556016-0680',
    });
    expect(sent.find((m) => m.type === 'prefill:fill')).toMatchObject({
      choice: { employeeId: 'm1', insatsIds: ['i2'] },
      overwrite: false,
    });
  });

  it('shows why a case cannot be filled, in Swedish and English, and fills nothing', async () => {
    fake.records = records([
      insats('i3', { employeeId: 'm1', providerId: 'p2', performedOn: `${YEAR - 2}-05-05` }),
    ]);
    fake.records.insatser = fake.records.insatser.map((i) =>
      i.id === 'i3' ? i : { ...i, providerId: 'p2' },
    );
    pageShows(7, ['employer.name']);
    await chooseSven();
    const precheck = await screen.findByTestId('precheck');
    expect(precheck.textContent).toContain('Anordnaren är inte godkänd av Försäkringskassan');
    fireEvent.click(await fillButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Anordnaren är inte godkänd');
    expect(alert.textContent).toContain('not approved');
    expect(runs).toHaveLength(0);
  });

  it('says the page is not FK’s e-service when its tab never reported a step', async () => {
    await chooseSven();
    await screen.findByTestId('precheck');
    fireEvent.click(await fillButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Försäkringskassans e-tjänst');
    expect(runs).toHaveLength(0);
  });

  it('asks for a reload when the background no longer answers (the extension was updated)', async () => {
    const gone = sendOver<'prefill:hello' | 'prefill:check' | 'prefill:fill'>(async (message) => {
      if ((message as { type: string }).type === 'prefill:hello') {
        return handlePanelRequest(message, PANEL);
      }
      throw new Error('Extension context invalidated.');
    });
    render(<PrefillPanel send={gone} tabId={7} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    fireEvent.click(await fillButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Ladda om sidan'));
  });

  it('keeps "Fyll i" disabled while the chosen case is checked, so its result cannot move the button under the pointer', async () => {
    pageShows(7, ['employer.name']);
    let answerCheck: () => void = () => undefined;
    const slowCheck = sendOver<'prefill:hello' | 'prefill:check' | 'prefill:fill'>(
      async (message) => {
        sent.push(message as (typeof sent)[number]);
        if ((message as { type: string }).type === 'prefill:check') {
          await new Promise<void>((resolve) => {
            answerCheck = resolve;
          });
        }
        return handlePanelRequest(message, PANEL);
      },
    );
    render(<PrefillPanel send={slowCheck} tabId={7} />);
    fireEvent.change(await screen.findByLabelText(/Arbetsgivare/), { target: { value: 'e1' } });
    fireEvent.change(screen.getByLabelText(/Medarbetare/), { target: { value: 'm1' } });
    const button = screen.getByRole('button', { name: /Fyll i/ }) as HTMLButtonElement;
    await waitFor(() => expect(sent.map((m) => m.type)).toContain('prefill:check'));
    expect(button.disabled).toBe(true);
    expect(screen.getByText(/Kontrollerar ärendet/)).toBeTruthy();
    fireEvent.click(button);
    expect(sent.map((m) => m.type)).not.toContain('prefill:fill');
    answerCheck();
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.getByText(/betalar enligt registret 3\s250\skr/)).toBeTruthy();
    expect(screen.queryByText(/Kontrollerar ärendet/)).toBeNull();
  });

  it('says a new step is shown when the tab’s page announces one, and only for its own tab', async () => {
    await chooseSven();
    const step = { type: 'prefill:step-changed', signature: 's2', fields: [] };
    for (const l of fake.listeners) l(step, { tab: { id: 8 } });
    expect(screen.queryByText(/Ett nytt steg visas/)).toBeNull();
    for (const l of fake.listeners) l(step, { tab: { id: 7 } });
    expect(await screen.findByText(/Ett nytt steg visas/)).toBeTruthy();
  });
});

describe('the popup', () => {
  it('fills the tab it was opened for, naming it to the background', async () => {
    pageShows(42, ['employer.name']);
    await chooseSven(42);
    await screen.findByTestId('precheck');
    fireEvent.click(await fillButton());
    await screen.findByTestId('filled');
    expect(runs.map((r) => r.tab)).toEqual([42]);
    expect(sent.find((m) => m.type === 'prefill:fill')).toMatchObject({ tabId: 42 });
    expect(sent.find((m) => m.type === 'prefill:check')).toMatchObject({ tabId: 42 });
  });
});

describe('the panel says what to type', () => {
  it('shows the cost to enter before FK\u2019s part, with and without VAT when they differ', async () => {
    fake.records.insatser = fake.records.insatser.map((i) =>
      i.id === 'i2' ? { ...i, cost: 18500, vat: 3000 } : i,
    );
    pageShows(7, ['amount']);
    await chooseSven();
    const cost = await screen.findByTestId('cost');
    expect(cost.textContent).toContain('Kostnad att fylla i: 18\u00a0500 kr');
    expect(cost.textContent).toContain('inklusive moms 21\u00a0500 kr');
    const precheck = screen.getByTestId('precheck').textContent ?? '';
    expect(precheck.indexOf('Kostnad att fylla i')).toBeLessThan(precheck.indexOf('betalar'));
    expect(precheck).toContain('inte beloppet att fylla i');
  });

  it('leaves an Afa-only insats out of the cost to enter', async () => {
    fake.records = records([
      insats('i4', { category: 'psykologbehandling', name: 'Psykologbehandling', cost: 9000 }),
    ]);
    pageShows(7, ['amount']);
    await chooseSven();
    expect(
      (screen.getByRole('checkbox', { name: /Psykologbehandling/ }) as HTMLInputElement).checked,
    ).toBe(true);
    const cost = await screen.findByTestId('cost');
    expect(cost.textContent).toContain('Kostnad att fylla i: 6\u00a0500 kr');
    fireEvent.click(await fillButton());
    await screen.findByTestId('filled');
    expect(runs[0]?.run.values).toEqual({ amount: '6\u00a0500' });
  });

  it('names the insatser to untick instead of showing "NaN kr" when the case cannot be checked', async () => {
    fake.records = records([
      insats('i3', {
        providerId: 'p2',
        name: 'Stödsamtal hos ej godkänd',
        performedOn: `${YEAR}-02-09`,
      }),
    ]);
    await chooseSven();
    const precheck = await screen.findByTestId('precheck');
    expect(precheck.textContent).toContain('Avmarkera: Stödsamtal hos ej godkänd');
    expect(precheck.textContent).not.toContain('NaN');
  });

  it('shows the value to type beside each miss, and says when the fill showed new fields', async () => {
    pageShows(7, ['employee.personnummer']);
    pageFills(
      [
        {
          label: 'Förnamn',
          field: 'employee.firstName',
          status: 'skipped',
          reason: 'name_not_split',
          toType: 'Anna Maria Svensson',
        },
        // Whose personnummer the page means is unclear: the background adds it for the user.
        {
          label: 'Personnummer',
          field: 'employee.personnummer',
          status: 'skipped',
          reason: 'owner_unclear',
        },
      ],
      1,
    );
    await chooseSven();
    await screen.findByTestId('precheck');
    fireEvent.click(await fillButton());
    const notFilled = await screen.findByTestId('not-filled');
    expect(notFilled.textContent).toContain('Skriv eller välj: Anna Maria Svensson');
    expect(notFilled.textContent).toContain('Skriv eller välj: 19121212-1212');
    expect(screen.getByTestId('more').textContent).toContain('1 nya fält');
  });
});

describe('a large case', () => {
  it('lists 503 insatser with 250-character ids and sends them all with "Fyll i"', async () => {
    const id = (i: number) => `${'i'.repeat(246)}${String(i).padStart(4, '0')}`;
    fake.records.insatser = Array.from({ length: 503 }, (_, i) =>
      insats(id(i), { name: `Samtal ${i + 1}`, cost: 1000 }),
    );
    pageShows(7, ['employer.name']);
    await chooseSven();
    expect(screen.getAllByRole('checkbox', { name: /Samtal \d+/ })).toHaveLength(503);
    await screen.findByTestId('precheck', {}, { timeout: 5000 });
    fireEvent.click(await fillButton());
    await screen.findByTestId('filled', {}, { timeout: 5000 });
    const fill = sent.find((m) => m.type === 'prefill:fill') as unknown as {
      choice: { insatsIds: string[] };
    };
    expect(fill.choice.insatsIds).toHaveLength(503);
    expect(PanelRequestSchema.safeParse(fill).success).toBe(true);
    // The background took the whole choice: the page was filled.
    expect(runs).toHaveLength(1);
  }, 30_000);
});
