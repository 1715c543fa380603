import { afterEach, describe, expect, it } from 'vitest';
import { handlePanelRequest, setRecordsLockCheck } from '../../../extension/background/prefill.ts';

const choice = { employeeId: 'm-anna', insatsIds: ['i1'] };

describe('the prefill while the records are locked', () => {
  afterEach(() => setRecordsLockCheck(async () => false));

  it('offers no case and says it is locked', async () => {
    setRecordsLockCheck(async () => true);
    const hello = await handlePanelRequest({ type: 'prefill:hello' }, { tab: { id: 1 } });
    expect(hello).toEqual({
      tabId: 1,
      locked: true,
      employers: [],
      employees: [],
      insatser: [],
      applications: [],
    });
  });

  it('fills nothing, checks nothing and builds no invoice basis, saying "Lås upp Stödkollen"', async () => {
    setRecordsLockCheck(async () => true);
    for (const request of [
      { type: 'prefill:fill', choice, overwrite: false, tabId: 1 },
      { type: 'prefill:check', choice, tabId: 1 },
      { type: 'prefill:invoice-basis', choice },
    ]) {
      const answer = await handlePanelRequest(request, { tab: { id: 1 } });
      expect(answer).toEqual({
        ok: false,
        problems: [
          {
            sv: expect.stringMatching(/^Lås upp Stödkollen/),
            en: expect.stringMatching(/^Unlock Stödkollen/),
            severity: 'stop',
          },
        ],
      });
    }
  });
});
