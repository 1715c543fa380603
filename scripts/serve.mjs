// The local server for the demo and the e2e tests: static files only, on 127.0.0.1.
//   /                the demo hub (dist/demo)
//   /widget/         the widget bundle (dist/widget)
//   /fhv/            an example FHV page embedding the widget, under a strict CSP (dist/fhv)
//   /eservice/       the FK e-service sandbox built with FKUI (dist/eservice)
//   /golden-cases.json   shared/domain/golden-cases.json, for the core playground
// Usage: node scripts/serve.mjs [--port 5173]
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 5173);

/** The strict CSP an FHV site may run; the widget must work under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const mounts = [
  ['/widget/', 'dist/widget'],
  ['/fhv/', 'dist/fhv'],
  ['/eservice/', 'dist/eservice'],
  ['/', 'dist/demo'],
].map(([prefix, dir]) => [
  prefix,
  sirv(join(root, dir), {
    dev: true,
    etag: true,
    single: prefix === '/eservice/',
    setHeaders(res) {
      if (prefix === '/fhv/' || prefix === '/widget/') {
        res.setHeader('Content-Security-Policy', STRICT_CSP);
      }
    },
  }),
]);

const golden = join(root, '..', 'shared', 'domain', 'golden-cases.json');

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/golden-cases.json') {
    if (!existsSync(golden)) {
      res.writeHead(404).end();
      return;
    }
    sirv(dirname(golden), { dev: true })(
      Object.assign(req, { url: '/golden-cases.json' }),
      res,
      () => res.writeHead(404).end(),
    );
    return;
  }
  for (const [prefix, handler] of mounts) {
    if (url.pathname === prefix.slice(0, -1) && prefix !== '/') {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (url.pathname.startsWith(prefix)) {
      const rest = url.pathname.slice(prefix.length - 1) + url.search;
      req.url = rest;
      handler(req, res, () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404'));
      return;
    }
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Stödkollen demo: http://127.0.0.1:${port}/`);
});
