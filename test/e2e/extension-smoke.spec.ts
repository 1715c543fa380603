import { expect, test } from './fixtures.ts';

test('the built extension loads and its content script runs on a local page', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-stodkollen', 'ready');
});

test('the popup opens as an extension page in both languages', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Stödkollen' })).toBeVisible();
});

test('the production manifest asks for FK only and no broad permission', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.permissions).not.toContain('tabs');
  const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches).toEqual(['https://*.forsakringskassan.se/*']);
  const firefox = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
  expect(firefox.manifest_version).toBe(3);
  expect(firefox.browser_specific_settings.gecko.id).toBeTruthy();
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ['none'],
  });
});
