import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, minify, type Plugin, transformWithOxc } from 'vite';
import { finishScripts } from './build-settings.ts';

/**
 * The widget's script-tag build, into dist/widget:
 * - `stodkollen-kalkyl.js`: the main ES module the README's snippet loads (the element, the form,
 *   the result, the engine);
 * - `stodkollen-widget.js`: a classic script for pages that cannot load a module
 *   (widget/src/loader.ts), a few hundred bytes that import the main file from beside themselves;
 * - `stodkollen-<part>-<hash>.js`: what the first view does not need, imported on first use.
 * Every file is `.js`: servers send it as JavaScript, also with `nosniff` (`.mjs` is not known to
 * every server). `widget/vite.esm.config.ts` builds the single ESM file for bundlers.
 */
function classicLoader(): Plugin {
  return {
    name: 'stodkollen-classic-loader',
    async generateBundle() {
      const source = readFileSync(join(import.meta.dirname, 'src/loader.ts'), 'utf8');
      const js = await transformWithOxc(source, 'loader.ts', { lang: 'ts', target: 'es2022' });
      const min = await minify('loader.js', js.code, { compress: true, mangle: true });
      this.emitFile({ type: 'asset', fileName: 'stodkollen-widget.js', source: min.code });
    },
  };
}

type ModuleInfoOf = (id: string) => { isEntry: boolean; importedIds: readonly string[] } | null;

let firstView: Set<string> | undefined;

/** The entry and what it imports statically, transitively: what the first view loads. */
function firstViewModules(getModuleInfo: ModuleInfoOf): Set<string> {
  if (firstView) return firstView;
  const entry = join(import.meta.dirname, 'src/index.ts');
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(entry);
  firstView = seen;
  return seen;
}

export default defineConfig({
  plugins: [
    preact(),
    classicLoader(),
    // The main file's functions nearly all run before the first frame; the parts' run on demand.
    finishScripts((name) => name === 'stodkollen-kalkyl.js'),
  ],
  root: import.meta.dirname,
  build: {
    outDir: '../dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Lib mode: no preload helper, which would add <link> elements to the host page. Lib mode
    // leaves ES output unminified, so the bundler minifies each file itself.
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'stodkollen-kalkyl.js',
    },
    rollupOptions: {
      // Lets what the parts share with the first view stay in the main file, which then exports
      // it to them: one request before the first frame, not a cascade of small shared chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'stodkollen-[name]-[hash].js',
        minify: true,
        // Every module the entry imports statically goes into the main file, the entry's own
        // chunk: without this, a module that the main file and two parts share may become a chunk
        // of its own that the main file imports before its first frame.
        manualChunks(id, { getModuleInfo }) {
          return firstViewModules(getModuleInfo).has(id) ? 'kalkyl' : undefined;
        },
      },
    },
  },
});
