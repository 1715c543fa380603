import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  newRecoveryCode,
  parseRecoveryCode,
} from '../../../core/vault/recovery-code.ts';

describe('the recovery code', () => {
  it('is 32 characters in eight groups of four, from 160 random bits', () => {
    const { code, bytes } = newRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(bytes).toHaveLength(20);
    expect(newRecoveryCode().code).not.toBe(code);
  });

  it('reads back to the same bytes, however it was typed', () => {
    const { code, bytes } = newRecoveryCode();
    expect(parseRecoveryCode(code)).toEqual(bytes);
    expect(parseRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
  });

  it('reads O as 0 and I or L as 1, the usual slips when copying by hand', () => {
    const code = formatRecoveryCode(new Uint8Array(20));
    expect(code).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(parseRecoveryCode(code.replace(/0/g, 'O'))).toEqual(new Uint8Array(20));
    const ones = formatRecoveryCode(new Uint8Array(20).fill(0x08));
    expect(parseRecoveryCode(ones.replace(/1/g, 'l'))).toEqual(new Uint8Array(20).fill(0x08));
  });

  it('refuses a code of the wrong length or with letters outside the alphabet', () => {
    expect(parseRecoveryCode('ABCD')).toBeUndefined();
    expect(parseRecoveryCode(`${'A'.repeat(31)}U`)).toBeUndefined();
  });
});
