import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The widget as an ES module for bundlers (nothing runs on import); built after the IIFE. */
export default defineConfig({
  plugins: [preact()],
  root: import.meta.dirname,
  build: {
    outDir: '../dist/widget',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/module.ts',
      formats: ['es'],
      fileName: () => 'stodkollen-widget.mjs',
    },
    // One file for bundlers, which do their own splitting.
    rollupOptions: { output: { codeSplitting: false } },
  },
});
