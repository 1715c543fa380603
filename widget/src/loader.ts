/**
 * stodkollen-widget.js, for pages that cannot write `<script type="module">` (some CMSs): a classic
 * script that imports the main module (`stodkollen-kalkyl.js`, what the README's snippet loads
 * directly) from the folder it came from. The import inherits this script's nonce, and `import()`
 * is no Trusted Types sink, so the strict and the nonce-based CSPs need nothing more than the
 * script tag itself. It costs one request more before the first frame.
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
