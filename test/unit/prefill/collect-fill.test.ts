// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { matchFields } from '../../../core/prefill/match.ts';
import { planFill } from '../../../core/prefill/plan.ts';
import { collectFields, ownText, stepSignature } from '../../../extension/prefill/collect.ts';
import { fillSteps, setText } from '../../../extension/prefill/fill.ts';
import { runFill } from '../../../extension/prefill/run.ts';

/** happy-dom has no layout: give every element a box unless it is display:none or off screen. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const el = this as HTMLElement;
    if (el.closest('[style*="display: none"]')) return new DOMRect(0, 0, 0, 0);
    if (el.closest('[style*="-10000px"]')) return new DOMRect(-10000, 0, 200, 30);
    return new DOMRect(10, 10, 200, 30);
  });
  Object.defineProperty(document.documentElement, 'scrollWidth', {
    value: 1200,
    configurable: true,
  });
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    value: 3000,
    configurable: true,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A text field as FKUI renders it: the format hint and the error text live inside the label. */
function fkuiField(id: string, label: string, error = ''): string {
  return `<div class="text-field"><label class="label" for="${id}">${label}
    <span class="label__description label__description--format"><span class="sr-only">Formatbeskrivning</span> <span>(ååmmdd-nnnn)</span></span>
    ${error ? `<span class="label__message label__message--error">${error}</span>` : ''}
  </label><input id="${id}" type="text" class="text-field__input" aria-invalid="${error ? 'true' : 'false'}"></div>`;
}

describe('collecting the fields of a page', () => {
  it("reads the label's own text, not FKUI's format hint or error message", () => {
    document.body.innerHTML = fkuiField(
      'p',
      'Medarbetarens personnummer',
      'Fyll i ett giltigt personnummer',
    );
    const label = document.querySelector('label') as HTMLElement;
    expect(ownText(label)).toBe('Medarbetarens personnummer');
    expect(collectFields(document).descriptions[0]?.label).toBe('Medarbetarens personnummer');
  });

  it('names fields by aria-labelledby and a wrapping label, keeps aria-label apart, and notes the fieldset legend', () => {
    document.body.innerHTML = `
      <span id="t">Arbetsgivarens namn</span><input aria-labelledby="t">
      <fieldset id="fs"><legend>Anordnare</legend><label>Namn <input name="n"></label></fieldset>
      <input aria-label="E-post" type="email">`;
    const d = collectFields(document).descriptions;
    expect(d.map((x) => [x.label, x.legend, x.type])).toEqual([
      ['Arbetsgivarens namn', '', 'text'],
      ['Namn', 'Anordnare', 'text'],
      ['', '', 'email'],
    ]);
    expect(d[2]?.ariaLabel).toBe('E-post');
  });

  it('marks disabled, read-only, aria-disabled, hidden and off-screen fields as untouchable, skips hidden inputs, and takes no page element for its own', () => {
    document.body.innerHTML = `
      <label>a <input disabled></label><label>b <input readonly></label>
      <div aria-disabled="true"><label>c <input></label></div>
      <div style="display: none"><label>d <input></label></div>
      <div style="position: absolute; left: -10000px"><label>e <input></label></div>
      <input type="hidden" name="personnummer">
      <div data-stodkollen-ui><label>f <input></label></div>
      <label>g <input></label>`;
    const d = collectFields(document).descriptions;
    expect(d.map((x) => [x.label || x.name, x.blocked])).toEqual([
      ['a', 'disabled'],
      ['b', 'readonly'],
      ['c', 'aria-disabled'],
      ['d', 'hidden'],
      ['', 'offscreen'],
      // Wearing our attribute does not make the page's field ours: it is read like any other.
      ['f', undefined],
      ['g', undefined],
    ]);
  });
});

describe('filling', () => {
  it('uses the prototype setter and fires input, change and a blur, so a model bound on change gets it', () => {
    document.body.innerHTML = '<input id="x">';
    const el = document.getElementById('x') as HTMLInputElement;
    // A page that intercepts the instance's own setter must not see the value through it.
    const leaked: string[] = [];
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () =>
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(el),
      set: (v: string) => leaked.push(v),
    });
    const events: string[] = [];
    let model = '';
    for (const type of ['input', 'change', 'blur', 'focusout']) {
      el.addEventListener(type, () => events.push(type));
    }
    el.addEventListener('change', () => {
      model = el.value;
    });
    setText(el, 'Exempel Bygg AB');
    expect(events).toEqual(['input', 'change', 'blur', 'focusout']);
    expect(model).toBe('Exempel Bygg AB');
    expect(leaked).toEqual([]);
  });

  it('ticks boxes one per tick, so a group that keeps only the last change of a tick (FKUI) keeps all', async () => {
    document.body.innerHTML = `<fieldset id="k"><legend>Typ av insats</legend>
      ${['Utreda', 'Planera', 'Initiera', 'Genomföra', 'Följa upp']
        .map((l, i) => `<input type="checkbox" id="c${i}"><label for="c${i}">${l}</label>`)
        .join('')}</fieldset>`;
    const model: string[] = [];
    let pending: string | undefined;
    document.addEventListener('change', (e) => {
      pending = (e.target as HTMLInputElement).id;
      setTimeout(() => {
        if (pending) model.push(pending);
        pending = undefined;
      }, 0);
    });
    const { descriptions, elements } = collectFields(document);
    const steps = planFill(descriptions, matchFields(descriptions), {
      kinds: ['utreda', 'genomfora', 'folja_upp'],
    });
    const results = await fillSteps(elements, steps);
    expect(results.filter((r) => r.status === 'filled')).toHaveLength(3);
    expect(model.sort()).toEqual(['c0', 'c3', 'c4']);
    expect(elements.filter((e) => (e as HTMLInputElement).checked).map((e) => e.id)).toEqual([
      'c0',
      'c3',
      'c4',
    ]);
  });

  it('reads every field back: a value the page rejects (aria-invalid) or rewrites is reported, not counted as filled', async () => {
    document.body.innerHTML = `${fkuiField('a', 'Arbetsgivarens organisationsnummer')}${fkuiField('b', 'Arbetsgivarens namn')}`;
    const orgnr = document.getElementById('a') as HTMLInputElement;
    const name = document.getElementById('b') as HTMLInputElement;
    orgnr.addEventListener('focusout', () => orgnr.setAttribute('aria-invalid', 'true'));
    name.addEventListener('change', () => {
      name.value = 'Något annat';
    });
    const { descriptions, elements } = collectFields(document);
    const steps = planFill(descriptions, matchFields(descriptions), {
      'employer.organisationsnummer': '556016-0680',
      'employer.name': 'Exempel Bygg AB',
    });
    const results = await fillSteps(elements, steps);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'mismatch']);
    expect(document.querySelectorAll('[data-stodkollen-filled]')).toHaveLength(0);
  });

  it('marks what it filled, and never writes into a field that became disabled after it was read', async () => {
    document.body.innerHTML = `${fkuiField('a', 'Arbetsgivarens organisationsnummer')}${fkuiField('b', 'Arbetsgivarens namn')}`;
    const { descriptions, elements } = collectFields(document);
    const steps = planFill(descriptions, matchFields(descriptions), {
      'employer.organisationsnummer': '556016-0680',
      'employer.name': 'Exempel Bygg AB',
    });
    (document.getElementById('b') as HTMLInputElement).disabled = true;
    const results = await fillSteps(elements, steps);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['filled', undefined],
      ['skipped', 'disabled'],
    ]);
    expect(document.getElementById('a')?.hasAttribute('data-stodkollen-filled')).toBe(true);
    expect((document.getElementById('b') as HTMLInputElement).value).toBe('');
  });
});

describe('one click of "Fyll i"', () => {
  const page = () => {
    document.body.innerHTML = `${fkuiField('a', 'Arbetsgivarens organisationsnummer')}${fkuiField('b', 'Arbetsgivarens namn')}`;
  };
  const values = {
    'employer.organisationsnummer': '556016-0680',
    'employer.name': 'Exempel Bygg AB',
  };

  it('uses the values sent with the click when the page still shows the announced step', async () => {
    page();
    const asked: string[][] = [];
    const signature = stepSignature(collectFields(document).descriptions);
    const report = await runFill(
      document,
      async (fields) => {
        asked.push(fields);
        return values;
      },
      false,
      { signature, values },
    );
    expect(asked).toEqual([]);
    expect(report.ok && report.lines.map((l) => l.status)).toEqual(['filled', 'filled']);
  });

  it('asks the background for exactly the fields on screen when the step changed since', async () => {
    page();
    const asked: string[][] = [];
    const report = await runFill(
      document,
      async (fields) => {
        asked.push(fields);
        return { 'employer.name': 'Exempel Bygg AB' };
      },
      false,
      { signature: 'another step', values },
    );
    expect(asked).toEqual([['employer.organisationsnummer', 'employer.name']]);
    expect(report.ok && report.lines.map((l) => [l.label, l.status, l.reason])).toEqual([
      ['Arbetsgivarens organisationsnummer', 'skipped', 'no_value'],
      ['Arbetsgivarens namn', 'filled', undefined],
    ]);
  });
});
