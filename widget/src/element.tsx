/**
 * <stodkollen-kalkyl>: the custom element. Attributes and the `offers` property configure it; it
 * renders into its own shadow root, emits `stodkollen:ready` after the first render and
 * `stodkollen:estimate` with every new result. A single-page app may remove it and add it again:
 * the state stays with the element and rendering starts again on reconnection.
 */
import { render } from 'preact';
import {
  OBSERVED_ATTRIBUTES,
  type Offer,
  OffersSchema,
  parseConfig,
  TAG,
  type WidgetConfig,
  warnFor,
} from './config.ts';
import type { StodkollenEventMap } from './events.ts';
import { loadTexts, textsFailed, textsFor } from './i18n.ts';
import { WidgetModel } from './model.ts';
import { stylesheet } from './styles.ts';
import { type EstimateEventDetail, eventDetail } from './summary.ts';
import { App } from './ui/App.tsx';

/** Marks our classes across copies of the script (each copy has its own class object). */
const OURS = Symbol.for('stodkollen-kalkyl');

export class StodkollenKalkyl extends HTMLElement {
  static observedAttributes = OBSERVED_ATTRIBUTES;
  static readonly [OURS] = true;

  #model: WidgetModel | undefined;
  #root: ShadowRoot | undefined;
  #offers: Offer[] | undefined;
  #stopEvents: (() => void) | undefined;
  #last: EstimateEventDetail | null = null;
  #lastSent = '';
  #ready = false;

  /** The configuration in force, after attributes and the `offers` property. */
  get config(): WidgetConfig {
    return this.#readConfig(() => {});
  }

  /** Services the provider sells, set from script instead of the `categories` attribute. */
  get offers(): Offer[] {
    return this.config.offers;
  }

  set offers(value: Offer[]) {
    const parsed = OffersSchema.safeParse(value);
    if (!parsed.success) {
      warnFor(this.localName)(
        'offers: ogiltig lista, ignoreras / invalid list, ignored ([{ category, price?, label? }])',
      );
      return;
    }
    this.#offers = parsed.data as Offer[];
    this.#reconfigure();
  }

  /** The latest result (the `stodkollen:estimate` payload), or null before there is one. */
  get estimate(): EstimateEventDetail | null {
    return this.#last;
  }

  /** True once the form has been rendered (and `stodkollen:ready` sent). */
  get ready(): boolean {
    return this.#ready;
  }

  /** Empties the form to the page's defaults. */
  reset(): void {
    this.#model?.reset();
  }

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [stylesheet()];
    }
    this.#model ??= new WidgetModel(this.#readConfig(warnFor(this.localName)));
    const model = this.#model;
    const lang = model.config.value!.lang;
    if (!textsFor(lang) && !textsFailed(lang)) {
      // English comes from its own file: the form (and `stodkollen:ready`) once it is here.
      const again = () => {
        if (this.isConnected && !this.#stopEvents) this.connectedCallback();
      };
      loadTexts(lang).then(again, again);
      return;
    }
    const first = !this.#ready;
    if (first) model.firstFrame.value = true;
    render(<App model={model} />, this.#root);
    if (first) {
      // In the next frame's animation callback, so after the first frame is painted and after what
      // the page queued for that moment; or soon anyway in a tab that paints nothing.
      const rest = () => {
        model.firstFrame.value = false;
      };
      requestAnimationFrame(() => requestAnimationFrame(rest));
      setTimeout(rest, 250);
    }
    const send = () => {
      const result = model.result.value;
      const lang = model.config.value!.lang;
      if (result.kind !== 'ok') return;
      const detail = eventDetail(result.estimate, result.scenario, lang);
      // Re-adding the element or an unrelated attribute change gives the same result: not news.
      const sent = JSON.stringify(detail);
      if (sent === this.#lastSent) return;
      this.#lastSent = sent;
      this.#last = detail;
      this.#emit('stodkollen:estimate', detail);
    };
    this.#stopEvents = model.changes.subscribe(send);
    send();
    if (!this.#ready) {
      this.#ready = true;
      this.#emit('stodkollen:ready', { lang: model.config.value!.lang });
    }
  }

  disconnectedCallback(): void {
    this.#stopEvents?.();
    this.#stopEvents = undefined;
    if (this.#root) render(null, this.#root);
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value) this.#reconfigure();
  }

  #reconfigure(): void {
    this.#model?.reconfigure(this.#readConfig(warnFor(this.localName)));
  }

  #readConfig(warn: (message: string) => void): WidgetConfig {
    const config = parseConfig((name) => this.getAttribute(name), warn);
    return this.#offers ? { ...config, offers: this.#offers } : config;
  }

  #emit<K extends keyof StodkollenEventMap>(
    type: K,
    detail: StodkollenEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

let definedOnce = false;

/**
 * Defines the element once; loading the script twice, or a second name, is harmless. A name the
 * page already gave to something else stays the page's, with a warning that says what to do.
 */
export function defineStodkollenKalkyl(tag: string = TAG): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as { [OURS]?: true } | undefined;
  if (existing) {
    if (!existing[OURS]) {
      warnFor(tag)(
        `namnet används redan av sidan, så kalkylen visas inte här. Välj ett eget namn: Stodkollen.define('min-kalkyl') och skriv <min-kalkyl> i stället för <${tag}>. / ` +
          `the page already uses this name, so the estimate does not show here. Pick a name of your own: Stodkollen.define('my-kalkyl') and write <my-kalkyl> instead of <${tag}>.`,
      );
    }
    return;
  }
  // A class can be defined under one name only: every further name gets its own subclass.
  customElements.define(tag, definedOnce ? class extends StodkollenKalkyl {} : StodkollenKalkyl);
  definedOnce = true;
}
