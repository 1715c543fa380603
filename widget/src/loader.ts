/**
 * stodkollen-widget.js, the file the page's <script> tag loads: a classic script, so the snippet
 * works with or without `type="module"`. It imports the widget (an ES module with the same `.js`
 * extension as every part, so no server has to know `.mjs`) from the folder it came from. The
 * import inherits this script's nonce, and `import()` is no Trusted Types sink, so the strict and
 * the nonce-based CSPs need nothing more than the script tag itself.
 */
(() => {
  const MAIN = 'stodkollen-kalkyl.js';
  const script = document.currentScript as HTMLScriptElement | null;
  const src =
    script?.src ||
    document.querySelector<HTMLScriptElement>('script[src*="stodkollen-widget"]')?.src ||
    location.href;
  import(/* @vite-ignore */ new URL(MAIN, src).href).catch((error: unknown) => {
    console.error(
      `[stodkollen-kalkyl] kunde inte ladda ${MAIN} bredvid stodkollen-widget.js / could not load ${MAIN} beside stodkollen-widget.js`,
      error,
    );
  });
})();
