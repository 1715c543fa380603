/**
 * A bench page in Debian's Chromium: the entry built by Vite as one module, served from
 * 127.0.0.1 on a free port, opened in a fresh browser, and ready once the entry has set its global.
 * Shared by the benches that measure code in a real browser (IndexedDB, WebCrypto, layout).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../test/e2e/fixtures.ts';

/** The entry: a module's source text (written to a temporary folder), or a file of the project. */
export type BenchEntry = { source: string } | { file: string };

export async function benchPage(
  name: string,
  entry: BenchEntry,
  global: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `stodkollen-${name}-bench-`));
  let file: string;
  if ('source' in entry) {
    file = join(dir, 'entry.js');
    writeFileSync(file, entry.source);
  } else {
    file = resolve(entry.file);
  }
  await build({
    configFile: false,
    logLevel: 'error',
    root: 'source' in entry ? dir : resolve('.'),
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      lib: { entry: file, formats: ['es'], fileName: () => 'bench.js' },
      minify: true,
    },
  });
  const script = readFileSync(join(dir, 'out', 'bench.js'));
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const close = async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction((g) => g in globalThis, global);
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}
