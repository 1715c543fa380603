/**
 * How the widget's script-tag files are finished, shared by widget/vite.config.ts and the bench's
 * floor (bench/widget.bench.ts), so that the floor is built the way the widget is.
 * - A terser pass over each file after Vite's own minifier: lib mode keeps the `@__PURE__`
 *   annotations for bundlers, which a script tag has no use for, and terser's second look saves
 *   about 0.6 kB gzipped on the main file.
 * - V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, https://v8.dev/blog/explicit-compile-hints)
 *   as the first line of a file whose functions nearly all run before its first frame: Chromium
 *   then compiles them while it streams the file in, on a background thread, instead of one by one
 *   on the page's main thread at their first call. Other engines read it as a comment.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Minifies every chunk again with terser; puts the compile hint first in the chunks `hinted`
 * names. Runs last (generateBundle), after Vite's minifier has removed every other comment.
 */
export function finishScripts(hinted: (fileName: string) => boolean): Plugin {
  return {
    name: 'stodkollen-finish-scripts',
    async generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const result = await minify(file.code, {
          module: options.format === 'es',
          // pure_getters stays terser's default: zod's lazy getters and the store's cells may act
          // when they are read, so a read whose value is unused is not dropped.
          compress: { passes: 3 },
          mangle: true,
          format: { comments: false },
        });
        if (result.code === undefined) throw new Error(`terser gave no code for ${file.fileName}`);
        file.code = hinted(file.fileName) ? `${COMPILE_HINT}\n${result.code}` : result.code;
      }
    },
  };
}
