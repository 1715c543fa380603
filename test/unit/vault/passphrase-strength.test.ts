import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../core/vault/passphrase-strength.ts';

describe('the passphrase strength hint', () => {
  it('calls anything under 12 characters too short, in Swedish first', () => {
    const s = passphraseStrength('kort123');
    expect(s.level).toBe('too_short');
    expect(s.hint.sv).toMatch(/^För kort: minst 12 tecken/);
    expect(s.hint.en).toMatch(/^Too short: at least 12 characters/);
  });

  it('calls common words and runs weak however long', () => {
    expect(passphraseStrength('lösenord1234').level).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('Password123456').level).toBe('weak');
  });

  it('calls four unrelated words strong, and two or three less so', () => {
    expect(passphraseStrength('korrekt häst batteri häftklammer').level).toBe('strong');
    expect(passphraseStrength('blå ekorre simmar').level).not.toBe('strong');
  });

  it('gives more bits to a longer passphrase', () => {
    expect(passphraseStrength('tre gröna äpplen och en').bits).toBeGreaterThan(
      passphraseStrength('tre gröna äpplen').bits,
    );
  });
});
