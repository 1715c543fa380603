/**
 * The embeddable widget (`<stodkollen-kalkyl>`, dist/widget/stodkollen-widget.js): its gzipped
 * size, the time from its script tag's load start to its first rendered form in Debian's
 * Chromium, and the time from typing a cost to the new employer total. Size and first render are
 * compared with a floor built in the same run (bench/floor/floor-element.tsx: an empty Preact +
 * signals element with the same contract), so the figures say what the widget adds on top of the
 * framework. The widget is rebuilt first, so the figures are of the current source.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../test/e2e/fixtures.ts';
import { type BenchResult, round } from './lib.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDGET_BUNDLE = join(ROOT, 'dist/widget/stodkollen-widget.js');

const FIRST_RENDER_RUNS = 15;
const FIRST_RENDER_WARMUP = 3;
const RECOMPUTE_RUNS = 31;
const RECOMPUTE_WARMUP = 5;
/** A broken contract (no ready event, no input, totals that never change) fails, never hangs. */
const TIMEOUT_MS = 10_000;

/**
 * Two costs whose employer shares differ whatever FK and Afa cover (with both, 0 kr against
 * 3 650 kr, as FK's half is capped at 20 000 kr), and neither a likely preset price, so that even
 * the first one set changes the total.
 */
const COSTS = ['47 300', '12 800'] as const;

const CONTRACT =
  'the widget must define <stodkollen-kalkyl> with an open shadow root and dispatch ' +
  '`stodkollen:ready` (bubbles, composed) once its form is rendered';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const gzipBytes = (bundle: Buffer) => gzipSync(bundle, { level: 9 }).length;

async function buildWidget(): Promise<void> {
  try {
    await build({ configFile: join(ROOT, 'widget/vite.config.ts'), logLevel: 'error' });
  } catch (error) {
    throw new Error('building the widget (widget/vite.config.ts) failed', { cause: error });
  }
}

/** The floor with the widget's build settings, an IIFE only since that is the file measured. */
async function buildFloor(outDir: string): Promise<string> {
  const floorDir = join(ROOT, 'bench/floor');
  await build({
    configFile: false,
    logLevel: 'error',
    root: floorDir,
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      lib: {
        entry: join(floorDir, 'floor-element.tsx'),
        name: 'StodkollenFloor',
        formats: ['iife'],
        fileName: () => 'floor.js',
      },
    },
  });
  return join(outDir, 'floor.js');
}

/**
 * Registered by an external script before the bundle, so it is listening when the element
 * upgrades. Capture on the document: the first listener to run, so nothing the widget does with
 * the event can delay or hide it.
 */
const PROBE_JS = `document.addEventListener('stodkollen:ready', (event) => {
  if (window.benchReady) return;
  const el = event.composedPath()[0];
  window.benchReady = {
    at: performance.now(),
    form: Boolean(el && el.shadowRoot && el.shadowRoot.querySelector('form')),
  };
}, true);
`;

const page = (bundle: string, attributes: string) =>
  `<!doctype html><html lang="sv"><meta charset="utf-8"><title>widget bench</title>` +
  `<script src="/probe.js"></script>` +
  `<body><stodkollen-kalkyl ${attributes}></stodkollen-kalkyl>` +
  `<script src="/${bundle}.js"></script></body></html>`;

function serve(bundles: Record<'widget' | 'floor', Buffer>) {
  const routes = new Map<string, [string, string | Buffer]>([
    ['/probe.js', ['text/javascript', PROBE_JS]],
    ['/widget.js', ['text/javascript', bundles.widget]],
    ['/floor.js', ['text/javascript', bundles.floor]],
    ['/first/widget', ['text/html', page('widget', 'lang="sv"')]],
    ['/first/floor', ['text/html', page('floor', 'lang="sv"')]],
    [
      '/recompute',
      [
        'text/html',
        page(
          'widget',
          'lang="sv" sector="kommun" fk-approved="ja" categories="utredning:3000, psykologbehandling:12000"',
        ),
      ],
    ],
  ]);
  return createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    // Every load is a first visit: nothing may come from the HTTP cache.
    res.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
  });
}

interface Ready {
  at: number;
  form: boolean;
}

/**
 * One first visit in a fresh context (empty HTTP and code caches). Measured in the page: from the
 * script's Resource Timing `startTime` (its fetchStart, as there are no redirects: the moment the
 * browser starts loading it) to `performance.now()` in the ready listener. This covers fetch,
 * parse, compile, run and first render, and nothing of Playwright's own round trips.
 */
async function firstRenderMs(browser: Browser, origin: string, which: 'widget' | 'floor') {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/first/${which}`);
    await tab
      .waitForFunction(() => 'benchReady' in window, undefined, { timeout: TIMEOUT_MS })
      .catch(() => {
        throw new Error(`${which}: no stodkollen:ready within ${TIMEOUT_MS} ms; ${CONTRACT}`);
      });
    const { start, ready } = await tab.evaluate((src) => {
      const entry = performance.getEntriesByName(new URL(src, location.href).href)[0];
      return {
        start: entry?.startTime,
        ready: (window as unknown as { benchReady: Ready }).benchReady,
      };
    }, `/${which}.js`);
    if (start === undefined) throw new Error(`${which}: no Resource Timing entry for the script`);
    if (!ready.form) {
      throw new Error(`${which}: stodkollen:ready came before a <form> was in the shadow root`);
    }
    return ready.at - start;
  } finally {
    await context.close();
  }
}

/** Milliseconds from setting the first row's cost to the changed employer total, per change. */
async function recomputeMs(browser: Browser, origin: string): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${origin}/recompute`);
    await tab
      .waitForFunction(() => 'benchReady' in window, undefined, { timeout: TIMEOUT_MS })
      .catch(() => {
        throw new Error(`widget: no stodkollen:ready within ${TIMEOUT_MS} ms; ${CONTRACT}`);
      });
    // No named functions inside: tsx compiles with esbuild's keepNames, whose `__name` helper
    // would be undefined in the page.
    return await tab.evaluate(
      async ({ costs, runs, warmup, timeout }) => {
        const root = document.querySelector('stodkollen-kalkyl')?.shadowRoot;
        if (!root) throw new Error('widget: <stodkollen-kalkyl> has no open shadow root');
        const input = root.querySelector<HTMLInputElement>(
          '[data-insats-index="0"] input[name="cost"]',
        );
        if (!input) {
          throw new Error(
            'widget: no [data-insats-index="0"] input[name="cost"] in the shadow root',
          );
        }
        const employer = '[data-total="employer"]';
        if (!root.querySelector(employer)) {
          throw new Error(`widget: no ${employer} in the shadow root`);
        }
        // The prototype's setter, as a user's typing sets it, past any override on the element.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const times: number[] = [];
        for (let i = 0; i < warmup + runs; i++) {
          const cost = costs[i % costs.length] as string;
          const ms = await new Promise<number>((resolve, reject) => {
            const before = root.querySelector(employer)?.textContent;
            let t0 = 0;
            // The total may be replaced rather than edited, so the whole shadow tree is watched.
            const observer = new MutationObserver(() => {
              if (root.querySelector(employer)?.textContent === before) return;
              const elapsed = performance.now() - t0;
              observer.disconnect();
              clearTimeout(timer);
              resolve(elapsed);
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              reject(
                new Error(
                  `widget: the employer total stayed "${before}" ${timeout} ms after the cost was set to "${cost}"`,
                ),
              );
            }, timeout);
            observer.observe(root, { subtree: true, childList: true, characterData: true });
            t0 = performance.now();
            setValue?.call(input, cost);
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          });
          if (i >= warmup) times.push(ms);
          // Lets any render or effect left from this change finish before the next is timed.
          await new Promise((r) => setTimeout(r, 30));
        }
        return times;
      },
      { costs: [...COSTS], runs: RECOMPUTE_RUNS, warmup: RECOMPUTE_WARMUP, timeout: TIMEOUT_MS },
    );
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stodkollen-widget-bench-'));
  try {
    await buildWidget();
    const floorBundle = await buildFloor(dir);
    return await measure(readFileSync(WIDGET_BUNDLE), readFileSync(floorBundle));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(widget: Buffer, floor: Buffer): Promise<BenchResult[]> {
  const widgetGz = gzipBytes(widget);
  const floorGz = gzipBytes(floor);
  const server = serve({ widget, floor });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // First, since it checks the whole contract and fails fastest when the widget breaks it.
    const recompute = median(await recomputeMs(browser, origin));

    const widgetFirst: number[] = [];
    const floorFirst: number[] = [];
    // Interleaved, so drift in the machine's load falls on both alike.
    for (let i = 0; i < FIRST_RENDER_WARMUP + FIRST_RENDER_RUNS; i++) {
      const floorMs = await firstRenderMs(browser, origin, 'floor');
      const widgetMs = await firstRenderMs(browser, origin, 'widget');
      if (i < FIRST_RENDER_WARMUP) continue;
      floorFirst.push(floorMs);
      widgetFirst.push(widgetMs);
    }
    const first = median(widgetFirst);
    const floorMs = median(floorFirst);

    return [
      {
        name: 'widget.gzip_bytes',
        value: widgetGz,
        unit: 'B',
        baseline: 'widget.floor_gzip_bytes',
        ratio: null,
        target: '≤ 25 000 B and ≤ 3× floor',
        met: widgetGz <= 25_000 && widgetGz <= 3 * floorGz,
      },
      {
        name: 'widget.floor_gzip_bytes',
        value: floorGz,
        unit: 'B',
        baseline: null,
        ratio: null,
        target: 'baseline',
      },
      {
        name: 'widget.first_render_ms',
        value: round(first, 2),
        unit: 'ms',
        baseline: 'widget.floor_first_render_ms',
        ratio: null,
        target: '< 50 ms',
        met: first < 50,
      },
      {
        name: 'widget.floor_first_render_ms',
        value: round(floorMs, 2),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: 'baseline',
      },
      {
        name: 'widget.recompute_ms',
        value: round(recompute, 2),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: '< 16 ms',
        met: recompute < 16,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
