import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
  manifest: ({ browser }) => ({
    name: 'Stödkollen',
    description:
      'Rehabiliteringsstöd från FK och Afa: register, 7026-rapporter, ifyllning av e-tjänsten. / Rehab support records.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // No extension page is web-accessible: the prefill panel lives in the browser's side panel
    // (entrypoints/sidepanel), where FK's page can neither frame, cover nor read it.
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
