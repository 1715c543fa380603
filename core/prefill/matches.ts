/**
 * Where the content script runs. Production: FK's e-service only. Demo and e2e builds also run it
 * on the local e-service sandbox served on the loopback address.
 */
export const CONTENT_MATCHES = {
  production: ['https://*.forsakringskassan.se/*'],
  local: ['https://*.forsakringskassan.se/*', 'http://127.0.0.1/*', 'http://localhost/*'],
} as const satisfies Record<string, string[]>;
