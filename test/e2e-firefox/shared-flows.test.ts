/**
 * The flows shared with the Chromium suite (`test/flows/flows.ts`), driven here by puppeteer-core
 * in Debian's firefox-esr with the built Firefox e2e extension; a fresh profile for each flow.
 */
import { test } from 'vitest';
import {
  type Flow,
  hostilePageGetsNothing,
  importCsvAndOpenEmployee,
  localisedManifest,
  newStepNotice,
  prefillVariant,
  restoreBackup,
} from '../flows/flows.ts';
import { launchFirefox } from './firefox-session.ts';

async function inFirefox(flow: Flow): Promise<void> {
  const session = await launchFirefox();
  try {
    await flow.run(session);
  } finally {
    await session.close();
  }
}

// Every shared flow, as in Chromium. The new-step notice was a known gap while the panel was
// framed into the page (a framed moz-extension page gets content-script messaging only); in the
// sidebar's page it hears of new steps like any extension page.
for (const flow of [
  importCsvAndOpenEmployee,
  restoreBackup,
  prefillVariant('b'),
  newStepNotice,
  hostilePageGetsNothing,
  localisedManifest,
]) {
  test(`firefox: ${flow.title}`, () => inFirefox(flow));
}
