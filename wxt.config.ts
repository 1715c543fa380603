import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

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
    // Texts from public/_locales/<sv|en>/messages.json; Swedish unless the browser asks for English.
    default_locale: 'sv',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Icons: WXT finds public/icon/<size>.png for `icons`; the toolbar's are set in the hook below.
    // Each permission's use is in the README ("Permissions").
    // unlimitedStorage: the records may be a provider's only copy, never evicted; alarms: reminders
    // and the auto-lock; storage: the unlocked key in storage.session (memory only, never on disk).
    // The side panel entrypoint adds sidePanel (Chrome) and sidebar_action (Firefox).
    permissions: ['unlimitedStorage', 'alarms', 'storage'],
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
            // Firefox for Android reads data_collection_permissions from 142 on; desktop from 140.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The popup's <title> would become the toolbar button's title: use the localised one, and the
    // same icons on the toolbar as in the stores.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.action = {
        ...manifest.action,
        default_title: '__MSG_actionTitle__',
        default_icon: ICONS,
      };
    },
  },
  zip: {
    // The sources zip for AMO holds what `git ls-files` holds, less tests (WXT's defaults leave out
    // dot-files, tests and .output): the local build outputs are not sources.
    excludeSources: [
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.local.json',
      '**/*.log',
    ],
  },
});
