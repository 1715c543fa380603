/** Starts the local test server (scripts/serve.mjs) on E2E_PORT for the Firefox suite. */
import { type ChildProcess, spawn } from 'node:child_process';
import { BASE_URL } from './firefox-session.ts';

let server: ChildProcess | undefined;

export async function setup(): Promise<void> {
  const port = new URL(BASE_URL).port;
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: 'ignore' });
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${BASE_URL}/`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`the test server did not start on ${BASE_URL}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function teardown(): void {
  server?.kill();
}
