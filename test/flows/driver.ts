/**
 * One description of a user flow, two drivers: the flows in `flows.ts` act through this small
 * interface, implemented with Playwright for Chromium (`playwright-session.ts`) and with
 * puppeteer-core over WebDriver BiDi for Firefox (`test/e2e-firefox/firefox-session.ts`).
 *
 * Elements are found by one resolver that runs in the page, the same in both browsers, by what a
 * person sees: a label's text, a button's or link's text, a heading, a test id or CSS. (Firefox's
 * BiDi gives no ARIA locators on extension pages, so the browsers' own role locators are not used.)
 */

/** What to act on. Texts match a substring of the element's whitespace-normalised text. */
export type Target =
  | { css: string; text?: string }
  | { testId: string; text?: string }
  /** The form control inside (or named by) a `<label>` whose text contains this. */
  | { label: string }
  | { button: string }
  | { link: string; exact?: boolean }
  | { heading: string };

export interface FileToSet {
  name: string;
  mimeType: string;
  content: string;
}

/** A page or the prefill panel: where a flow reads and acts. */
export interface Surface {
  /** Clicks the first visible match, waiting for one. */
  click(target: Target): Promise<void>;
  /** Chooses the option with this value in the first visible `<select>` matching. */
  select(target: Target, value: string): Promise<void>;
  /** Puts a file into the first matching `<input type=file>`, as choosing it in the dialog does. */
  setFile(target: Target, file: FileToSet): Promise<void>;
  /** Waits until a match is visible (and contains `text`, if given). */
  waitFor(target: Target, text?: string): Promise<void>;
  /** The whitespace-normalised texts of every match, visible or not. */
  texts(target: Target): Promise<string[]>;
  /** The `value` of the first match, visible or not. */
  value(target: Target): Promise<string>;
  /** Runs a script in the page (a function's source, called with no argument). */
  run<R>(script: string): Promise<R>;
}

export interface Tab extends Surface {
  close(): Promise<void>;
}

/** One browser with a fresh profile and the built e2e extension installed. */
export interface Session {
  readonly browserName: 'chromium' | 'firefox';
  /** Opens an extension page, e.g. `dashboard.html#/import`. */
  extensionPage(path: string): Promise<Tab>;
  /** Opens a page of the local test server, e.g. `/eservice/?variant=a`. */
  webPage(path: string): Promise<Tab>;
  /**
   * The prefill panel for a tab of the e-service. Today an extension page framed into the page;
   * when it moves to the browser's side panel, only this function changes in each driver.
   */
  openPanel(tab: Tab): Promise<Surface>;
  /** Restores a backup file's text through the background's test hook (e2e builds only). */
  seedBackup(text: string): Promise<void>;
  /** Every URL the browser's pages requested so far. */
  requests(): readonly string[];
}

/**
 * Finds every element matching a target, in the page. Kept as source text, not a function, so no
 * build step (tsx, vite, Playwright's transform) can add helpers to it that the page lacks.
 */
const FIND_ALL = `(target) => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const all = (css) => Array.from(document.querySelectorAll(css));
  let els = [];
  if ('css' in target) els = all(target.css);
  else if ('testId' in target) els = all('[data-testid="' + target.testId + '"]');
  else if ('label' in target)
    els = all('label')
      .filter((l) => norm(l.textContent).includes(target.label))
      .map((l) => l.control || l.querySelector('input, select, textarea'))
      .filter(Boolean);
  else if ('button' in target)
    els = all('button, [role=button], input[type=submit], input[type=button]').filter((b) =>
      norm(b.textContent || b.value).includes(target.button),
    );
  else if ('link' in target)
    els = all('a').filter((a) =>
      target.exact ? norm(a.textContent) === target.link : norm(a.textContent).includes(target.link),
    );
  else if ('heading' in target)
    els = all('h1, h2, h3, h4, h5, h6').filter((h) => norm(h.textContent).includes(target.heading));
  if (typeof target.text === 'string') els = els.filter((e) => norm(e.textContent).includes(target.text));
  return els;
}`;

const VISIBLE = `(el) => el.getClientRects().length > 0 &&
  (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }))`;

/** A script giving the first match (the first visible one if `visible`), or null. */
export function firstMatch(target: Target, visible: boolean, text?: string): string {
  const t = JSON.stringify(target);
  const need = JSON.stringify(text ?? null);
  return `(() => {
    const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
    const els = (${FIND_ALL})(${t}).filter((e) => ${need} === null || norm(e.textContent).includes(${need}));
    return (${visible} ? els.find(${VISIBLE}) : els[0]) || null;
  })()`;
}

/** A script giving the texts of every match. */
export function allTexts(target: Target): string {
  return `(${FIND_ALL})(${JSON.stringify(target)}).map((e) => (e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim())`;
}

export function targetName(target: Target): string {
  return JSON.stringify(target);
}

/** Polls `check` until it gives a value other than null/undefined/false, or fails after `ms`. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== null && v !== undefined && v !== false) return v;
    } catch (e) {
      // A page in the middle of navigating or re-rendering: try again.
      lastError = e;
    }
    if (Date.now() > end) {
      const cause = lastError instanceof Error ? ` (${lastError.message})` : '';
      throw new Error(`Timed out after ${ms} ms waiting for ${what}${cause}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Requests that went anywhere but this machine or the browser's own extension and data URLs. */
export function leftTheMachine(urls: readonly string[]): string[] {
  return urls.filter(
    (u) =>
      !u.startsWith('http://127.0.0.1') &&
      !u.startsWith('chrome-extension://') &&
      !u.startsWith('moz-extension://') &&
      !u.startsWith('blob:') &&
      !u.startsWith('data:') &&
      !u.startsWith('about:'),
  );
}

/** What each driver supplies for one page or frame; `makeSurface` builds the rest on it. */
export interface SurfaceAdapter<El> {
  evaluate<R>(script: string): Promise<R>;
  /** The element a script gives, or null. */
  element(script: string): Promise<El | null>;
  click(el: El): Promise<void>;
  select(el: El, value: string): Promise<void>;
  setFile(el: El, file: FileToSet): Promise<void>;
  /** Run before every action (Firefox gives background tabs no animation frames). */
  beforeAction?(): Promise<void>;
}

export function makeSurface<El>(a: SurfaceAdapter<El>, timeoutMs = 10_000): Surface {
  const find = (target: Target, visible: boolean, text?: string) =>
    waitUntil(
      `${visible ? 'a visible ' : ''}${targetName(target)}${text ? ` with "${text}"` : ''}`,
      () => a.element(firstMatch(target, visible, text)),
      timeoutMs,
    );
  return {
    async click(target) {
      await a.beforeAction?.();
      await a.click(await find(target, true));
    },
    async select(target, value) {
      await a.beforeAction?.();
      await a.select(await find(target, true), value);
    },
    async setFile(target, file) {
      await a.beforeAction?.();
      await a.setFile(await find(target, false), file);
    },
    async waitFor(target, text) {
      await find(target, true, text);
    },
    texts: (target) => a.evaluate<string[]>(allTexts(target)),
    async value(target) {
      const script = `(() => { const el = ${firstMatch(target, false)}; return el ? String(el.value) : null; })()`;
      return waitUntil(`the value of ${targetName(target)}`, () =>
        a.evaluate<string | null>(script),
      );
    },
    run: (script) => a.evaluate(`(${script})()`),
  };
}
