import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The widget's script-tag build: one IIFE file with everything inlined (no chunks, no network).
 * `widget/vite.esm.config.ts` builds the ESM file for bundlers into the same folder.
 */
export default defineConfig({
  plugins: [preact()],
  root: import.meta.dirname,
  build: {
    outDir: '../dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'StodkollenWidget',
      formats: ['iife'],
      fileName: () => 'stodkollen-widget.js',
    },
  },
});
