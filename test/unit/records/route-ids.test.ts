// @vitest-environment happy-dom
/** The dashboard's addresses name a record by an opaque token, never by its id. */
import { describe, expect, it } from 'vitest';
import { routeTokens } from '../../../extension/records/route-ids.ts';

const ANNA = 'm-212000-0142-19850712-1237';
const KIM = 'm-556012-3456-19900315-2346';

describe('route tokens', () => {
  it('are 16 hex digits that hold nothing of the id, and stay the same in this browser', async () => {
    const first = await routeTokens([ANNA, KIM]);
    const again = await routeTokens([ANNA]);
    expect(first.get(ANNA)).toMatch(/^[0-9a-f]{16}$/);
    expect(first.get(ANNA)).not.toContain('0712');
    expect(again.get(ANNA)).toBe(first.get(ANNA));
    expect(first.get(KIM)).not.toBe(first.get(ANNA));
  });

  it('depend on a key of this browser, so a token cannot be computed from a personnummer', async () => {
    const key = localStorage.getItem('stodkollen-route-key');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(ANNA));
    const unkeyed = [...new Uint8Array(digest).slice(0, 8)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect((await routeTokens([ANNA])).get(ANNA)).not.toBe(unkeyed);
  });
});
