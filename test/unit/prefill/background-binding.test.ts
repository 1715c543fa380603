import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  runtime: { id: 'ext-id', getURL: (p: string) => `chrome-extension://ext-id${p}` },
  tabs: { sendMessage: (async () => undefined) as (...a: unknown[]) => Promise<unknown> },
}));
vi.mock('wxt/browser', () => ({ browser: fake }));

const { forgetTab, handleContentRequest, handlePanelRequest } = await import(
  '../../../extension/background/prefill.ts'
);
const { PanelRequestSchema } = await import('../../../extension/messaging/protocol.ts');
const { restoreBackupForTests } = await import('../../../extension/prefill/records-source.ts');

const YEAR = String(new Date().getFullYear());
const PAGE = 'http://127.0.0.1:4430/eservice/?variant=a';
const TAB = 7;
const fromPage = (extra: Record<string, unknown> = {}) => ({
  tab: { id: TAB },
  frameId: 0,
  url: PAGE,
  ...extra,
});
const PANEL = { id: 'ext-id', url: 'chrome-extension://ext-id/prefill-panel.html' };
const FILL = {
  type: 'prefill:fill',
  choice: { employeeId: 'm1', insatsIds: ['i1', 'i2'], applicationId: 'a1' },
  overwrite: false,
  tabId: TAB,
};
const ask = (fields: string[]) => ({ type: 'prefill:values', fields, signature: 'step' });

beforeAll(async () => {
  const records = JSON.parse(
    readFileSync('test/fixtures/eservice/records.json', 'utf8').replaceAll('2026', YEAR),
  ).records;
  await restoreBackupForTests(
    JSON.stringify({
      format: 'stodkollen-records-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      records,
    }),
  );
});
const report = (fields: string[], sender = fromPage()) =>
  handleContentRequest({ type: 'prefill:step-changed', signature: 's1', fields }, sender);

beforeEach(() => {
  forgetTab(TAB);
  report(['employer.organisationsnummer']);
});

let lastAnswer: unknown;
/** One click of "Fyll i", with `page` standing in for the content script during it. */
async function click(page: (run: Record<string, unknown>) => unknown[]): Promise<unknown[]> {
  let answers: unknown[] = [];
  fake.tabs.sendMessage = async (_tab, run) => {
    answers = page(run as Record<string, unknown>);
    return { ok: true, lines: [] };
  };
  lastAnswer = await handlePanelRequest(FILL, PANEL);
  return answers;
}

describe('the background hands out values only during a click, to FK\u2019s top frame of that tab', () => {
  it('answers the content script once per click, with only the fields it asked for', async () => {
    const [first, second] = await click(() => [
      handleContentRequest(ask(['employer.organisationsnummer']), fromPage()),
      handleContentRequest(ask(['employee.personnummer']), fromPage()),
    ]);
    expect(first).toEqual({ 'employer.organisationsnummer': '556016-0680' });
    expect(second).toMatchObject({ ok: false });
    expect(JSON.stringify(second)).not.toMatch(/1212/);
  });

  it('gives nothing before or after the click', async () => {
    expect(handleContentRequest(ask(['employee.personnummer']), fromPage())).toMatchObject({
      ok: false,
    });
    await click(() => []);
    expect(handleContentRequest(ask(['employee.personnummer']), fromPage())).toMatchObject({
      ok: false,
    });
  });

  it('gives nothing to a frame inside the page, another origin or another tab', async () => {
    const answers = await click(() => [
      handleContentRequest(ask(['employee.personnummer']), fromPage({ frameId: 3 })),
      handleContentRequest(
        ask(['employee.personnummer']),
        fromPage({ url: 'https://evil.example/' }),
      ),
      handleContentRequest(ask(['employee.personnummer']), fromPage({ tab: { id: 8 } })),
      handleContentRequest(
        ask(['employee.personnummer']),
        fromPage({ url: 'http://127.0.0.1.evil.example/' }),
      ),
    ]);
    for (const a of answers) expect(a).toMatchObject({ ok: false });
  });

  it('sends with the click only the values of the step the tab reported, bound to its origin', async () => {
    report(['employer.name']);
    let run: Record<string, unknown> = {};
    const [fromOther] = await click((r) => {
      run = r;
      return [
        handleContentRequest(ask(['employer.name']), fromPage({ url: 'http://localhost:4430/' })),
      ];
    });
    expect(run.values).toEqual({ 'employer.name': 'Exempel Bygg AB' });
    // Reported from 127.0.0.1: a request from another allowed origin in the same tab gets nothing.
    expect(fromOther).toMatchObject({ ok: false });
  });

  it('fills no tab that has not reported from FK, or whose page said it was leaving', async () => {
    handleContentRequest({ type: 'prefill:page-left' }, fromPage());
    let ran = false;
    await click(() => {
      ran = true;
      return [];
    });
    expect(ran).toBe(false);
    expect(lastAnswer).toMatchObject({ ok: false });
    expect(JSON.stringify(lastAnswer)).toContain('Försäkringskassans e-tjänst');
  });

  it('ignores step reports from frames inside the page and from other sites', async () => {
    forgetTab(TAB);
    report(['employee.personnummer'], fromPage({ frameId: 2 }));
    report(['employee.personnummer'], fromPage({ url: 'https://evil.example/' }));
    let ran = false;
    await click(() => {
      ran = true;
      return [];
    });
    expect(ran).toBe(false);
  });
});

describe('the value to type', () => {
  it('is added by the background for a field whose owner was unclear, never sent to the page', async () => {
    fake.tabs.sendMessage = async () => ({
      ok: true,
      lines: [
        {
          label: 'Personnummer',
          field: 'employee.personnummer',
          status: 'skipped',
          reason: 'owner_unclear',
        },
        {
          label: 'Medarbetarens personnummer',
          field: 'employee.personnummer',
          status: 'skipped',
          reason: 'hidden',
        },
      ],
    });
    const answer = (await handlePanelRequest(FILL, PANEL)) as { lines: { toType?: string }[] };
    expect(answer.lines[0]?.toType).toBe('19121212-1212');
    // A trap the user cannot see is not a field to type into.
    expect(answer.lines[1]?.toType).toBeUndefined();
  });
});

describe('messages are bounded, and real choices fit', () => {
  it('accepts an insats id of 250 characters and 503 insatser in one choice', () => {
    const ids = Array.from(
      { length: 503 },
      (_, i) => `${'x'.repeat(246)}${String(i).padStart(4, '0')}`,
    );
    const parsed = PanelRequestSchema.safeParse({
      ...FILL,
      choice: { employeeId: 'm1', insatsIds: ids },
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses a flood', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `i${i}`);
    expect(
      PanelRequestSchema.safeParse({ ...FILL, choice: { employeeId: 'm1', insatsIds: ids } })
        .success,
    ).toBe(false);
    expect(
      PanelRequestSchema.safeParse({
        ...FILL,
        choice: { employeeId: 'x'.repeat(5000), insatsIds: ['i1'] },
      }).success,
    ).toBe(false);
  });
});
