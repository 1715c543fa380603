/**
 * Where the content script runs. Production: FK's e-service only. Demo and e2e builds also run it
 * on the local e-service sandbox served on the loopback address.
 */
export const CONTENT_MATCHES = {
  production: ['https://*.forsakringskassan.se/*'],
  local: ['https://*.forsakringskassan.se/*', 'http://127.0.0.1/*', 'http://localhost/*'],
} as const satisfies Record<string, string[]>;

/**
 * Whether a page's URL is one the content script runs on: the values of a case are only ever
 * handed to a frame whose origin is FK's (or, in test builds, the local sandbox).
 */
export function originAllowed(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    const m = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
    if (!m) return false;
    const [, scheme, host = ''] = m;
    if (parsed.protocol !== `${scheme}:`) return false;
    if (host.startsWith('*.')) {
      const domain = host.slice(2);
      return parsed.hostname === domain || parsed.hostname.endsWith(`.${domain}`);
    }
    return parsed.hostname === host;
  });
}
