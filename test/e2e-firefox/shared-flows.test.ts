/**
 * The flows shared with the Chromium suite (`test/flows/flows.ts`), driven here by puppeteer-core
 * in Debian's firefox-esr with the built Firefox e2e extension; a fresh profile for each flow.
 */
import { test } from 'vitest';
import {
  type Flow,
  hostilePageGetsNothing,
  importCsvAndOpenEmployee,
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

for (const flow of [
  importCsvAndOpenEmployee,
  restoreBackup,
  // The new-step notice is checked on its own below.
  prefillVariant('b', { newStepNotice: false }),
  hostilePageGetsNothing,
]) {
  test(`firefox: ${flow.title}`, () => inFirefox(flow));
}

// Known gap: in Firefox a content script's runtime.sendMessage reaches the background but not the
// panel framed into the same tab, so the framed panel never hears of a new step (filling the new
// step with "Fyll i" still works). Expected to fail until the panel moves to the sidebar or the
// background relays the notice; this test then fails, and the line above should go.
test.fails(`firefox (known gap): ${newStepNotice.title}`, () => inFirefox(newStepNotice));
