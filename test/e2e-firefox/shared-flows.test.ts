/**
 * The flows shared with the Chromium suite (`test/flows/flows.ts`), driven here by puppeteer-core
 * in Debian's firefox-esr with the built Firefox e2e extension; a fresh profile for each flow.
 */
import { expect, test } from 'vitest';
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

for (const flow of [
  importCsvAndOpenEmployee,
  restoreBackup,
  // The new-step notice is checked on its own below.
  prefillVariant('b', { newStepNotice: false }),
  hostilePageGetsNothing,
  localisedManifest,
]) {
  test(`firefox: ${flow.title}`, () => inFirefox(flow));
}

// Known gap: a moz-extension page framed into a web page gets content-script messaging only, so a
// content script's runtime.sendMessage reaches the background but not the framed panel, which
// never hears of a new step (filling the new step with "Fyll i" still works). This test passes
// only while the flow fails exactly there; once the panel hears of new steps (side panel, or a
// relay through the background), it fails and asks for the line in the list above.
test(`firefox (known gap): ${newStepNotice.title}`, async () => {
  const failure = await inFirefox(newStepNotice).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(
    failure,
    'the known gap is fixed: check the notice in the prefill flow above',
  ).toBeInstanceOf(Error);
  expect((failure as Error).message).toContain(
    '{"css":"[role=status]"} with "Ett nytt steg visas"',
  );
});
