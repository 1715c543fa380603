import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The demo hub: try the core's estimate with the golden cases; links to every surface. */
export default defineConfig({
  plugins: [preact()],
  root: import.meta.dirname,
  base: '/',
  build: { outDir: '../dist/demo', emptyOutDir: true, target: 'es2022' },
});
