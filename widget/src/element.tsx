import { render } from 'preact';
import { EstimateInputSchema, estimateSplit, formatKronor } from '../../core/index.ts';

/** Minimal element; the full widget replaces the body of this file. */
class StodkollenKalkyl extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const parsed = EstimateInputSchema.safeParse({
      asOf: '2025-06-01',
      employer: { sector: 'privat', afaAgreement: 'none' },
      employee: { group: 'tjansteman' },
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'a',
          category: 'utredning',
          startedOn: '2025-03-01',
          performedOn: '2025-03-05',
          cost: 10000,
        },
      ],
    });
    const fk = parsed.success ? estimateSplit(parsed.data).totals.fk : 0;
    render(<p>Försäkringskassan: {formatKronor(fk)}</p>, root);
  }
}

export function defineStodkollenKalkyl(): void {
  if (!customElements.get('stodkollen-kalkyl')) {
    customElements.define('stodkollen-kalkyl', StodkollenKalkyl);
  }
}
