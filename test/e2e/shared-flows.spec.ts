/**
 * The flows shared with the Firefox suite (`test/flows/flows.ts`), driven here by Playwright in
 * Chromium with the built e2e extension.
 */
import { SHARED_FLOWS } from '../flows/flows.ts';
import { playwrightSession } from '../flows/playwright-session.ts';
import { test } from './fixtures.ts';

for (const flow of SHARED_FLOWS) {
  test(`shared flow: ${flow.title}`, async ({ context, serviceWorker, extensionId }) => {
    await flow.run(playwrightSession(context, serviceWorker, extensionId));
  });
}
