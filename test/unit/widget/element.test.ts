// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAG } from '../../../widget/src/config.ts';
import { defineStodkollenKalkyl, StodkollenKalkyl } from '../../../widget/src/element.tsx';
import type { EstimateEventDetail } from '../../../widget/src/events.ts';
import type { WithValue } from './render.tsx';

// happy-dom implements constructable stylesheets (CSSStyleSheet.replaceSync and
// ShadowRoot.adoptedStyleSheets), so the element runs here as in a browser, styles included.

defineStodkollenKalkyl();

const created: HTMLElement[] = [];
afterEach(() => {
  for (const el of created.splice(0)) el.remove();
  vi.restoreAllMocks();
});

function widget(attrs: Record<string, string> = {}, tag = TAG): StodkollenKalkyl {
  const el = document.createElement(tag) as StodkollenKalkyl;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  created.push(el);
  return el;
}

/** Queries inside the element's (open) shadow root. */
function shadow(el: HTMLElement) {
  if (!el.shadowRoot) throw new Error('no open shadow root');
  return within(el.shadowRoot as unknown as HTMLElement);
}

const text = (el: HTMLElement) =>
  (el.shadowRoot?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

function listen<T>(type: string) {
  const events: CustomEvent<T>[] = [];
  const handler = (e: Event) => events.push(e as CustomEvent<T>);
  document.addEventListener(type, handler);
  return {
    events,
    stop: () => document.removeEventListener(type, handler),
  };
}

describe('defining <stodkollen-kalkyl>', () => {
  it('is harmless when done twice', () => {
    expect(() => {
      defineStodkollenKalkyl();
      defineStodkollenKalkyl();
    }).not.toThrow();
    expect(customElements.get(TAG)).toBe(StodkollenKalkyl);
  });

  it('also works under a second name, e.g. when the page uses the first', () => {
    expect(() => defineStodkollenKalkyl('fhv-kalkyl')).not.toThrow();
    const el = widget({}, 'fhv-kalkyl');
    document.body.append(el);
    expect(el).toBeInstanceOf(StodkollenKalkyl);
    expect(shadow(el).getByLabelText('Kostnad i kronor')).toBeTruthy();
  });

  it('works under two names of its own when the default name is not used', async () => {
    // A bundler user of the ESM entry may never define the default name.
    vi.resetModules();
    const fresh = await import('../../../widget/src/element.tsx');
    expect(() => {
      fresh.defineStodkollenKalkyl('sk-eins');
      fresh.defineStodkollenKalkyl('sk-zwei');
    }).not.toThrow();
    expect(customElements.get('sk-zwei')).toBeDefined();
  });

  it('warns how to use Stodkollen.define() when the page already gave the name to its own element', () => {
    customElements.define('taken-kalkyl', class extends HTMLElement {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      defineStodkollenKalkyl('taken-kalkyl');
      expect(warn).toHaveBeenCalledTimes(1);
      const message = String(warn.mock.calls[0]![0]);
      expect(message).toContain('[taken-kalkyl]');
      expect(message).toMatch(/används redan.*Stodkollen\.define\('min-kalkyl'\)/);
      expect(message).toMatch(/already uses.*Stodkollen\.define\(/);
      // Our own name defined twice is not the page's doing: no warning.
      warn.mockClear();
      defineStodkollenKalkyl();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('loading the script twice keeps the first definition and the first API', async () => {
    vi.resetModules();
    await import('../../../widget/src/index.ts');
    const api = (window as unknown as { Stodkollen: { tag: string; version: string } }).Stodkollen;
    expect(api.tag).toBe(TAG);
    expect(Object.isFrozen(api)).toBe(true);
    vi.resetModules();
    await expect(import('../../../widget/src/index.ts')).resolves.toBeDefined();
    expect((window as unknown as { Stodkollen: unknown }).Stodkollen).toBe(api);
    expect(customElements.get(TAG)).toBe(StodkollenKalkyl);
  });
});

describe('the element', () => {
  it('renders into an open shadow root with the shared stylesheet', () => {
    const a = widget();
    const b = widget();
    document.body.append(a, b);
    expect(a.shadowRoot).not.toBeNull();
    expect(a.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    expect(a.shadowRoot!.adoptedStyleSheets[0]!.cssRules.length).toBeGreaterThan(0);
    expect(b.shadowRoot!.adoptedStyleSheets[0]).toBe(a.shadowRoot!.adoptedStyleSheets[0]);
    // Nothing leaks into the page's light DOM.
    expect(a.childNodes).toHaveLength(0);
  });

  it('sends stodkollen:ready once, after the form is there (English: once its texts are loaded)', async () => {
    const ready = listen<{ lang: string }>('stodkollen:ready');
    const el = widget({ lang: 'en' });
    let formThere = false;
    el.addEventListener('stodkollen:ready', () => {
      formThere = shadow(el).queryByLabelText('Cost in kronor') !== null;
    });
    expect(el.ready).toBe(false);
    document.body.append(el);
    await vi.waitFor(() => expect(el.ready).toBe(true));
    expect(formThere).toBe(true);
    el.remove();
    document.body.append(el);
    ready.stop();
    expect(ready.events).toHaveLength(1);
    expect(ready.events[0]!.detail).toEqual({ lang: 'en' });
    expect(ready.events[0]!.bubbles).toBe(true);
    expect(ready.events[0]!.composed).toBe(true);
  });

  it('sends stodkollen:estimate, bubbling and composed, with every new result', () => {
    const estimates = listen<EstimateEventDetail>('stodkollen:estimate');
    const el = widget({ 'fk-approved': 'ja', categories: 'utredning:8000' });
    expect(el.estimate).toBeNull();
    document.body.append(el);
    expect(estimates.events.length).toBeGreaterThanOrEqual(1);
    const first = estimates.events.at(-1)!;
    expect(first.bubbles).toBe(true);
    expect(first.composed).toBe(true);
    expect(first.target).toBe(el);
    expect(first.detail.totals).toEqual({ cost: 8000, fk: 4000, afa: 0, employer: 4000 });
    expect(el.estimate).toEqual(first.detail);

    const count = estimates.events.length;
    fireEvent.input(shadow(el).getByLabelText('Kostnad i kronor'), { target: { value: '10 000' } });
    estimates.stop();
    expect(estimates.events.length).toBe(count + 1);
    expect(estimates.events.at(-1)!.detail.totals).toEqual({
      cost: 10000,
      fk: 5000,
      afa: 0,
      employer: 5000,
    });
  });

  it('sends no estimate while the form has no result', () => {
    const estimates = listen<EstimateEventDetail>('stodkollen:estimate');
    const el = widget();
    document.body.append(el);
    fireEvent.input(shadow(el).getByLabelText('Kostnad i kronor'), { target: { value: '-1' } });
    estimates.stop();
    expect(estimates.events).toHaveLength(0);
    expect(el.estimate).toBeNull();
  });

  it('keeps the typed values when removed and added again', () => {
    const el = widget({ 'fk-approved': 'ja' });
    document.body.append(el);
    fireEvent.input(shadow(el).getByLabelText('Kostnad i kronor'), { target: { value: '5 000' } });
    el.remove();
    const holder = document.createElement('div');
    document.body.append(holder);
    created.push(holder);
    holder.append(el);
    expect(shadow(el).getByLabelText<HTMLInputElement>('Kostnad i kronor').value).toBe('5 000');
    expect(text(el)).toContain('5 000 kr');
    expect(el.estimate?.totals.cost).toBe(5000);
  });

  it('switches its texts when the lang attribute changes, keeping the typed values', async () => {
    const el = widget();
    document.body.append(el);
    fireEvent.input(shadow(el).getByLabelText('Kostnad i kronor'), { target: { value: '1 234' } });
    expect(text(el)).toContain('Så fördelas kostnaden');
    el.setAttribute('lang', 'en');
    await waitFor(() => expect(text(el)).toContain('How the cost is split'));
    expect(text(el)).not.toContain('Så fördelas kostnaden');
    expect(shadow(el).getByLabelText<HTMLInputElement>('Cost in kronor').value).toBe('1 234');
    expect(el.estimate?.lang).toBe('en');
    el.setAttribute('lang', 'sv');
    await waitFor(() => expect(shadow(el).queryByLabelText('Kostnad i kronor')).not.toBeNull());
  });

  it('keeps two widgets on a page apart', () => {
    const a = widget();
    const b = widget();
    document.body.append(a, b);
    fireEvent.input(shadow(a).getByLabelText('Kostnad i kronor'), { target: { value: '700' } });
    expect(shadow(b).getByLabelText<HTMLInputElement>('Kostnad i kronor').value).toBe('');
  });

  it('warns once about a bad attribute, naming the element and the attribute', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = widget({ sector: 'kommunal' });
    document.body.append(el);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(TAG);
    expect(String(warn.mock.calls[0]![0])).toContain('sector');
    expect(shadow(el).getByLabelText<WithValue>('Sektor').value).toBe('privat');
  });

  it("takes the provider's services from the offers property, and ignores a bad list", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = widget();
    el.offers = [{ category: 'stodsamtal', price: 1500, label: 'Samtal hos oss' }];
    el.offers = [{ category: 'yoga' }] as never;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('offers');
    document.body.append(el);
    const category = shadow(el).getByLabelText<WithValue>('Kategori');
    expect(category.value).toBe('stodsamtal');
    expect(
      (category as unknown as { selectedOptions: ArrayLike<Element> }).selectedOptions[0]
        ?.textContent,
    ).toBe('Samtal hos oss');
    expect(shadow(el).getByLabelText<HTMLInputElement>('Kostnad i kronor').value).toBe('1500');
  });

  it('paints the totals first and the lines, deadlines and next steps right after', async () => {
    const el = widget({ 'fk-approved': 'ja', categories: 'utredning:3000' });
    document.body.append(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-total="fk"]')?.textContent).toMatch(/1\s500\skr/);
    expect(root.querySelector('[data-line]')).toBeNull();
    await vi.waitFor(() => expect(root.querySelector('[data-line="0"]')).not.toBeNull());
    expect(root.querySelector('[data-deadline="fk"]')).not.toBeNull();
  });
});
