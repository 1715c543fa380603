import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, minify, type Plugin, transformWithOxc } from 'vite';

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

export default defineConfig({
  plugins: [preact(), classicLoader()],
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
      output: { chunkFileNames: 'stodkollen-[name]-[hash].js', minify: true },
    },
  },
});
