import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './core/prefill/matches.ts';

/**
 * The production build's content script runs on FK's e-service only. The `e2e` and `demo` modes
 * add the local sandbox (127.0.0.1) so the real built extension can be tested and tried offline.
 */
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Stödkollen',
    description:
      'Rehabiliteringsstöd från FK och Afa: register, 7026-rapporter, ifyllning av e-tjänsten. / Rehab support records.',
    // unlimitedStorage: the records may be a provider's only copy, never evicted; alarms: reminders.
    permissions: ['unlimitedStorage', 'alarms'],
    // The prefill panel is framed into FK's e-service page (and the local sandbox in test builds).
    web_accessible_resources: [
      {
        resources: ['prefill-panel.html'],
        matches: [...CONTENT_MATCHES[mode === 'production' ? 'production' : 'local']],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'stodkollen@stodkollen.se',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
