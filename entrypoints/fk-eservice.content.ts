import { CONTENT_MATCHES } from '../core/prefill/matches.ts';
import { startPrefill } from '../extension/prefill/content.ts';

export default defineContentScript({
  matches: CONTENT_MATCHES[import.meta.env.MODE === 'production' ? 'production' : 'local'],
  runAt: 'document_idle',
  main() {
    // Marks the page so the user (and the e2e test) can see that Stödkollen is present.
    // Reads nothing and writes no personal data: filling happens only after the user's click.
    document.documentElement.dataset.stodkollen = 'ready';
    startPrefill(document);
  },
});
