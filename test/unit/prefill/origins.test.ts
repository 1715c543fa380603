import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, originAllowed } from '../../../core/prefill/matches.ts';
import { contrast, parseColour } from '../../../extension/prefill/visibility.ts';

describe('the origins that get values', () => {
  const fk = CONTENT_MATCHES.production;

  it('are FK\u2019s own hosts over https', () => {
    expect(originAllowed('https://www.forsakringskassan.se/arbetsgivare/ansok', fk)).toBe(true);
    expect(originAllowed('https://forsakringskassan.se/', fk)).toBe(true);
  });

  it('are not look-alike hosts, plain http, or no URL at all', () => {
    for (const url of [
      'http://www.forsakringskassan.se/',
      'https://evil-forsakringskassan.se/',
      'https://forsakringskassan.se.evil.example/',
      'https://www.forsakringskassan.se@evil.example/',
      'https://127.0.0.1/',
      'not a url',
      undefined,
    ]) {
      expect(originAllowed(url, fk)).toBe(false);
    }
  });

  it('add only the loopback sandbox in test builds', () => {
    expect(originAllowed('http://127.0.0.1:4430/eservice/', CONTENT_MATCHES.local)).toBe(true);
    expect(originAllowed('http://127.0.0.1.evil.example/', CONTENT_MATCHES.local)).toBe(false);
  });
});

describe('colours as a person sees them', () => {
  it('reads rgb(), rgba() and transparent', () => {
    expect(parseColour('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColour('transparent')).toEqual([0, 0, 0, 0]);
  });

  it('finds almost no contrast between near-white on white, and plenty for black on white', () => {
    expect(contrast([254, 254, 254, 1], [255, 255, 255, 1])).toBeLessThan(1.5);
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).toBeGreaterThan(20);
  });
});
