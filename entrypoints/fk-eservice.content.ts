import { CONTENT_MATCHES } from '../core/prefill/matches.ts';
import { startPrefill } from '../extension/prefill/content.ts';

export default defineContentScript({
  matches: CONTENT_MATCHES[import.meta.env.MODE === 'production' ? 'production' : 'local'],
  runAt: 'document_idle',
  // WXT's start-up postMessage carries the extension id: any page script could read it and
  // learn that this visitor runs Stödkollen. The custom event WXT sends instead stays unseen.
  noScriptStartedPostMessage: true,
  main() {
    // Test and demo builds mark the page so the e2e tests can wait for the script. A production
    // build leaves FK's page untouched: a marker would tell every page script who we are.
    if (import.meta.env.MODE !== 'production')
      document.documentElement.dataset.stodkollen = 'ready';
    startPrefill(document);
  },
});
