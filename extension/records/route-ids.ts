/**
 * Opaque ids for the dashboard's addresses. Record ids can hold a personnummer (`m-…-19850712-1237`)
 * or a sole trader's organisationsnummer, and addresses end up in the browser's history (which
 * may be synced). An address holds instead the first 16 hex digits of SHA-256 over a random key
 * of this browser and the id: stable across reloads, and without the key no one can test which
 * personnummer gives a token.
 */
const KEY_NAME = 'stodkollen-route-key';

function routeKey(): string {
  try {
    const stored = localStorage.getItem(KEY_NAME);
    if (stored) return stored;
  } catch {
    // Without storage the key lives as long as the page: addresses then last one visit.
  }
  const key = [...crypto.getRandomValues(new Uint8Array(16))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  try {
    localStorage.setItem(KEY_NAME, key);
  } catch {
    // See above.
  }
  return key;
}

let key: string | undefined;

/** id → the token its addresses use. */
export async function routeTokens(ids: readonly string[]): Promise<Map<string, string>> {
  key ??= routeKey();
  const encoder = new TextEncoder();
  const tokens = await Promise.all(
    ids.map(async (id) => {
      const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${key}:${id}`));
      const hex = [...new Uint8Array(digest).slice(0, 8)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      return [id, hex] as const;
    }),
  );
  return new Map(tokens);
}
