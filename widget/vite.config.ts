import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The widget's own build: one IIFE file for the script tag and an ESM file for bundlers, with
 * everything inlined (no chunks, no network).
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
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'stodkollen-widget.mjs' : 'stodkollen-widget.js'),
    },
  },
});
