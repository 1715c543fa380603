import { describe, expect, it } from 'vitest';
import { tabFromTestHook } from '../../../extension/prefill/SidePanel.tsx';

describe('the side panel finds its tab', () => {
  it('takes ?tabId= only in test builds: a production panel always fills the active tab', () => {
    expect(tabFromTestHook('?tabId=42', 'e2e')).toBe(42);
    // Chrome's tab ids run past nine digits.
    expect(tabFromTestHook('?tabId=2016896151', 'e2e')).toBe(2016896151);
    expect(tabFromTestHook('?tabId=42', 'production')).toBeUndefined();
    expect(tabFromTestHook('?tabId=42', 'demo')).toBeUndefined();
  });

  it('ignores a hook that is not a tab id', () => {
    for (const bad of ['?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '']) {
      expect(tabFromTestHook(bad, 'e2e')).toBeUndefined();
    }
  });
});
