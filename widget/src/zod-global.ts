/**
 * zod 4 parks its settings on `globalThis.__zod_globalConfig` when it loads; the widget promises
 * to add no global but its element and `window.Stodkollen`. Imported (bare) before anything that
 * loads zod, this records whether the page already had one (its own zod), so that only ours is
 * removed afterwards. zod keeps its own reference and reads the global only with `?.`.
 */
export const zodGlobalWasThere = '__zod_globalConfig' in globalThis;

export function removeOurZodGlobal(): void {
  if (!zodGlobalWasThere)
    delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig;
}
