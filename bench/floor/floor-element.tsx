/**
 * The floor for bench/widget.bench.ts: the least a Preact + signals custom element with the
 * widget's contract costs (one signal, a form with one input in an open shadow root, the same
 * `stodkollen:ready` event). Whatever the widget weighs or takes above this is its own doing, not
 * the framework's.
 */
import { type Signal, signal } from '@preact/signals';
import { render } from 'preact';

function Form({ cost }: { cost: Signal<string> }) {
  return (
    <form>
      {/* Bound as a signal so that the bundle holds the signals integration, as the widget's does. */}
      <input
        name="cost"
        aria-label="Kostnad"
        value={cost}
        onInput={(e) => {
          cost.value = e.currentTarget.value;
        }}
      />
    </form>
  );
}

class FloorKalkyl extends HTMLElement {
  readonly #cost = signal('');

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // Preact's first render is synchronous, so the form is in the shadow root when this fires.
    render(<Form cost={this.#cost} />, root);
    this.dispatchEvent(new CustomEvent('stodkollen:ready', { bubbles: true, composed: true }));
  }
}

// Same tag as the widget, so both bundles are measured on the very same page.
if (!customElements.get('stodkollen-kalkyl')) {
  customElements.define('stodkollen-kalkyl', FloorKalkyl);
}
