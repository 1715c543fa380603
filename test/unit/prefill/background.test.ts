import { describe, expect, it } from 'vitest';
import { handleContentRequest, handlePanelRequest } from '../../../extension/background/prefill.ts';

describe('the background, answering a content script', () => {
  it('gives no values to a tab where no case was chosen with "Fyll i"', () => {
    const answer = handleContentRequest(
      { type: 'prefill:values', fields: ['employee.personnummer'], signature: '' },
      { tab: { id: 3 }, frameId: 0, url: 'http://127.0.0.1/eservice/' },
    );
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).not.toMatch(/\d{6}-\d{4}/);
  });

  it('ignores messages that do not pass the schema (unknown fields, other types)', () => {
    expect(
      handleContentRequest({ type: 'prefill:values', fields: ['password'] }, { tab: { id: 3 } }),
    ).toBeUndefined();
    expect(handleContentRequest({ type: 'prefill:fill' }, { tab: { id: 3 } })).toBeUndefined();
    expect(handlePanelRequest({ type: 'prefill:fill', choice: {} }, {})).toBeUndefined();
  });
});
