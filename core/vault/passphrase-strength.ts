/**
 * The strength hint shown while a passphrase is chosen. A rough estimate, not a promise: it
 * rewards length and several words, and marks common words and runs ("1234", "qwerty",
 * "lösenord") as worth nothing. It only advises; the one hard rule is the minimum length.
 */
import type { Bilingual } from '../i18n/format.ts';
import { MIN_PASSPHRASE_LENGTH } from './header.ts';

export type StrengthLevel = 'too_short' | 'weak' | 'fair' | 'strong';

export interface PassphraseStrength {
  level: StrengthLevel;
  /** Rough guessing work in bits. */
  bits: number;
  hint: Bilingual;
}

const HINTS: Record<StrengthLevel, Bilingual> = {
  too_short: {
    sv: `För kort: minst ${MIN_PASSPHRASE_LENGTH} tecken. Några ord i följd är lättast att minnas.`,
    en: `Too short: at least ${MIN_PASSPHRASE_LENGTH} characters. A few words in a row are easiest to remember.`,
  },
  weak: {
    sv: 'Svag: lätt att gissa. Lägg till fler ord som inte hör ihop.',
    en: 'Weak: easy to guess. Add more words that do not belong together.',
  },
  fair: {
    sv: 'Godkänd: ett ord till gör den stark.',
    en: 'Fair: one more word makes it strong.',
  },
  strong: {
    sv: 'Stark. Skriv inte ner den på datorn; återställningskoden är reserven.',
    en: 'Strong. Do not write it down on the computer; the recovery code is the fallback.',
  },
};

const COMMON = [
  'lösenord',
  'losenord',
  'password',
  'stodkollen',
  'stödkollen',
  'qwerty',
  'asdf',
  'abc',
  'sommar',
  'vinter',
  'hösten',
  'varen',
  'admin',
  'hemlig',
];

/** Runs like "1234", "abcd" or "aaaa" count as one character. */
function withoutRuns(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const prev = text.charCodeAt(i - 1);
    const code = text.charCodeAt(i);
    if (i > 0 && (code === prev || code === prev + 1 || code === prev - 1)) continue;
    out += text[i];
  }
  return out;
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  if (length < MIN_PASSPHRASE_LENGTH) return { level: 'too_short', bits: 0, hint: HINTS.too_short };
  let reduced = text.toLocaleLowerCase('sv-SE');
  for (const word of COMMON) reduced = reduced.split(word).join('·');
  reduced = withoutRuns(reduced);
  const pool =
    (/[a-zåäö]/.test(reduced) ? 29 : 0) +
    (/[A-ZÅÄÖ]/.test(text) ? 29 : 0) +
    (/\d/.test(reduced) ? 10 : 0) +
    (/[^\p{L}\d]/u.test(reduced) ? 33 : 0);
  // Letters in words are far from random: about 2.5 bits each, not log2(29).
  const perChar = Math.min(Math.log2(Math.max(pool, 2)), 2.5 + (pool > 29 ? 0.5 : 0));
  const bits = Math.round([...reduced].length * perChar);
  const level: StrengthLevel = bits >= 60 ? 'strong' : bits >= 45 ? 'fair' : 'weak';
  return { level, bits, hint: HINTS[level] };
}
