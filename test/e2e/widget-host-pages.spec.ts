/**
 * The README's snippet pasted into host pages styled with real CSS from npm (pinned
 * devDependencies): Bootstrap 5.3's dist CSS, Tailwind 4 (generated here with its CLI, never
 * @tailwindcss/browser), normalize.css, Pico 2 in dark mode and a WordPress block theme
 * (@wordpress/block-library's style.css and theme.css with the layout rules core prints,
 * test/fixtures/hosts/wordpress-global-styles.css). At 1280 and 320 px each page has no
 * horizontal overflow and no CSP violation, the width and margin the host gives the element are
 * obeyed, and the layout shift while the script arrives 800 ms late stays under 0.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { collectProblems, kr, TAG, WIDGET_MODULE, widgetsReady } from './widget-helpers.ts';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'";

const SNIPPET = `<stodkollen-kalkyl lang="sv" provider-name="Friskhälsan Företagshälsovård" fk-approved="ja" sector="kommun" categories="utredning:3000, stodsamtal:1200, stresshantering:18000, psykologbehandling" CLASS>
  <p>Kalkylen laddas. Om den inte visas, ring oss på 010-123 45 67.</p>
</stodkollen-kalkyl>`;

/** The README's reserve, and what each host does to place the widget. */
const README_CSS = `stodkollen-kalkyl{display:block}stodkollen-kalkyl:not(:defined){min-height:1150px}@media (max-width:760px){stodkollen-kalkyl:not(:defined){min-height:2100px}}
.placed{max-width:560px;margin:48px auto 32px}`;

interface Host {
  css: () => string;
  html: string;
  body: string;
  /** Attributes of the page's <main>, which holds the snippet. */
  main?: string;
  /** The widest the host's CSS lets the element be, when it sets a width. */
  maxWidth?: number;
  /** The class attribute the host puts on the element, e.g. Bootstrap's `mt-5 shadow`. */
  element: string;
  /** The margin-top the host's CSS gives the element. */
  marginTop: string;
}

const nm = (file: string) => readFileSync(resolve('node_modules', file), 'utf8');

let tailwindCss = '';
const TAILWIND_BODY = 'mx-auto max-w-3xl px-4 py-8 text-slate-800';

const HOSTS: Record<string, Host> = {
  bootstrap: {
    css: () => nm('bootstrap/dist/css/bootstrap.min.css'),
    html: '',
    body: 'class="container py-4"',
    element: 'class="mt-5 shadow"',
    marginTop: '48px',
  },
  tailwind: {
    css: () => tailwindCss,
    html: '',
    body: `class="${TAILWIND_BODY}"`,
    element: 'class="mt-12 shadow-lg"',
    marginTop: '48px',
  },
  normalize: {
    css: () => nm('normalize.css/normalize.css'),
    html: '',
    body: '',
    element: 'class="placed"',
    marginTop: '48px',
  },
  'pico-dark': {
    css: () => nm('@picocss/pico/css/pico.min.css'),
    html: 'data-theme="dark"',
    body: 'class="container"',
    element: 'class="placed" theme="dark"',
    marginTop: '48px',
  },
  // The snippet in a Custom HTML block of a block theme's constrained group: the theme's content
  // width and block gap place it. The package's CSS alone, unpacked by scripts/host-css.mjs.
  wordpress: {
    css: () =>
      [
        nm('.cache/host-css/@wordpress+block-library@11.0.0/build-style/style.css'),
        nm('.cache/host-css/@wordpress+block-library@11.0.0/build-style/theme.css'),
        readFileSync(resolve('test/fixtures/hosts/wordpress-global-styles.css'), 'utf8'),
      ].join('\n'),
    html: '',
    body: 'class="wp-site-blocks"',
    main: 'class="wp-block-group has-global-padding is-layout-constrained"',
    element: '',
    marginTop: '24px',
    maxWidth: 620,
  },
};

test.beforeAll(() => {
  // Tailwind 4 as a site builds it: the CLI scans the page's classes and writes a stylesheet.
  const dir = resolve('test-results/tailwind-host');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'page.html'),
    `<body class="${TAILWIND_BODY}"><p class="mt-12 shadow-lg"></p>`,
  );
  writeFileSync(join(dir, 'in.css'), '@import "tailwindcss";\n@source "./page.html";\n');
  execFileSync(
    resolve('node_modules/.bin/tailwindcss'),
    ['-i', join(dir, 'in.css'), '-o', join(dir, 'out.css')],
    {
      stdio: 'ignore',
    },
  );
  tailwindCss = readFileSync(join(dir, 'out.css'), 'utf8');
  expect(tailwindCss).toContain('.max-w-3xl');
});

function pageFor(name: string, host: Host): string {
  const text =
    '<p>Som arbetsgivare kan ni få tillbaka hälften av kostnaden för arbetsplatsinriktad rehabilitering.</p>'.repeat(
      3,
    );
  return `<!doctype html><html lang="sv" ${host.html}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>
<link rel="stylesheet" href="/fhv/host/${name}.css"><link rel="stylesheet" href="/fhv/host/readme.css">
<script type="module" src="/fhv/host/slow${WIDGET_MODULE}" async></script></head>
<body ${host.body}><main ${host.main ?? ''}><h1>Vad kostar rehabiliteringen?</h1>${text}
${SNIPPET.replace('CLASS', host.element)}
<h2>Kontakta oss</h2>${text}</main></body></html>`;
}

async function serveHost(page: Page, name: string, host: Host): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[]; __shift: number };
    w.__violations = [];
    w.__shift = 0;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__violations.push(e.violatedDirective),
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const headers = { 'Content-Security-Policy': STRICT_CSP };
  await page.route(`**/fhv/host/${name}.html`, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', headers, body: pageFor(name, host) }),
  );
  await page.route(`**/fhv/host/${name}.css`, (r) =>
    r.fulfill({ contentType: 'text/css', headers, body: host.css() }),
  );
  await page.route('**/fhv/host/readme.css', (r) =>
    r.fulfill({ contentType: 'text/css', headers, body: README_CSS }),
  );
  // The script arrives late, as on a slow network: what the README's reserve is for. The files it
  // imports come from beside it.
  await page.route('**/fhv/host/slow/widget/*', async (r) => {
    const url = r.request().url();
    if (url.endsWith(WIDGET_MODULE)) await new Promise((ok) => setTimeout(ok, 800));
    const response = await r.fetch({ url: url.replace('/fhv/host/slow/widget/', '/widget/') });
    await r.fulfill({ response });
  });
}

for (const [name, host] of Object.entries(HOSTS)) {
  for (const width of [1280, 320]) {
    test(`${name} at ${width} px: no overflow or CSP violation, the host places the widget, CLS < 0.1`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const problems = collectProblems(page);
      await serveHost(page, name, host);
      await page.goto(`/fhv/host/${name}.html`);
      await widgetsReady(page, 1);
      const widget = page.locator(TAG);
      await widget.getByLabel('Kostnad i kronor').fill('12 000');
      await expect(widget.locator('[data-total="fk"]')).toHaveText(kr(6000));
      await page.waitForTimeout(300);

      const facts = await page.evaluate((tag) => {
        const el = document.querySelector(tag)!;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const w = window as unknown as { __violations: string[]; __shift: number };
        return {
          overflow: document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
          marginTop: style.marginTop,
          boxShadow: style.boxShadow,
          width: box.width,
          parentWidth: el.parentElement!.getBoundingClientRect().width,
          parentContentWidth:
            el.parentElement!.clientWidth -
            Number.parseFloat(getComputedStyle(el.parentElement!).paddingLeft) -
            Number.parseFloat(getComputedStyle(el.parentElement!).paddingRight),
          violations: w.__violations,
          shift: w.__shift,
        };
      }, TAG);
      expect(facts.overflow).toBeLessThanOrEqual(0);
      expect(facts.violations).toEqual([]);
      expect(facts.marginTop).toBe(host.marginTop);
      if (host.element.includes('shadow')) expect(facts.boxShadow).not.toBe('none');
      if (host.element.includes('placed')) expect(facts.width).toBeLessThanOrEqual(560);
      if (host.maxWidth) {
        expect(facts.width).toBeCloseTo(Math.min(host.maxWidth, facts.parentContentWidth), 0);
      }
      expect(facts.width).toBeLessThanOrEqual(facts.parentWidth);
      test.info().annotations.push({ type: 'cls', description: facts.shift.toFixed(4) });
      expect(facts.shift).toBeLessThan(0.1);
      expect(problems.errors).toEqual([]);
    });
  }
}

test('a dark host: the widget is dark too, with a dark color-scheme for its controls', async ({
  page,
}) => {
  await serveHost(page, 'pico-dark', HOSTS['pico-dark']!);
  await page.goto('/fhv/host/pico-dark.html');
  await widgetsReady(page, 1);
  const widget = page.locator(TAG);
  const colours = await widget.evaluate((el) => {
    const section = el.shadowRoot!.querySelector('.widget')!;
    const input = el.shadowRoot!.querySelector('input[name="cost"]')!;
    return {
      scheme: getComputedStyle(input).colorScheme,
      background: getComputedStyle(section).backgroundColor,
      text: getComputedStyle(section).color,
    };
  });
  expect(colours.scheme).toBe('dark');
  const lightness = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
    return (r + g + b) / 3;
  };
  expect(lightness(colours.background)).toBeLessThan(64);
  expect(lightness(colours.text)).toBeGreaterThan(192);
});

/** Whether the element's box is within the viewport's height (fully). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(TAG).evaluate((el, sel) => {
    const target = el.shadowRoot!.querySelector(sel);
    if (!target) return false;
    const box = target.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);
}

test('at 1280×900 the result sits beside the form and its totals stay in view while editing costs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await serveHost(page, 'normalize', { ...HOSTS.normalize!, element: '' });
  await page.goto('/fhv/host/normalize.html');
  await widgetsReady(page, 1);
  const widget = page.locator(TAG);
  await widget.getByRole('button', { name: 'Lägg till insats' }).click();
  await widget.getByRole('button', { name: 'Lägg till insats' }).click();
  const last = widget.locator('[data-insats-index="2"]').getByLabel('Kostnad i kronor');
  await last.scrollIntoViewIfNeeded();
  await last.fill('9 000');
  // Three insatser: 3 000 + 3 000 + 9 000 kr, FK half of it.
  await expect(widget.locator('[data-total="fk"]')).toHaveText(kr(7500));
  expect(await inView(page, '[data-total="employer"]')).toBe(true);
  // Beside, not below: the result's column starts right of the form's.
  const columns = await widget.evaluate((el) => {
    const form = el.shadowRoot!.querySelector('form')!.getBoundingClientRect();
    const result = el.shadowRoot!.querySelector('.result')!.getBoundingClientRect();
    return { formRight: form.right, resultLeft: result.left };
  });
  expect(columns.resultLeft).toBeGreaterThanOrEqual(columns.formRight);
});

test('at 320 px a totals bar stays in view while the form scrolls by', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await serveHost(page, 'normalize', { ...HOSTS.normalize!, element: '' });
  await page.goto('/fhv/host/normalize.html');
  await widgetsReady(page, 1);
  const widget = page.locator(TAG);
  const cost = widget.locator('[data-insats-index="0"]').getByLabel('Kostnad i kronor');
  await cost.scrollIntoViewIfNeeded();
  await cost.fill('10 000');
  await expect(widget.locator('[data-bar-total="employer"]')).toHaveText(kr(5000));
  expect(await inView(page, '[data-sticky-totals]')).toBe(true);
  expect(await inView(page, '[data-total="employer"]')).toBe(false);
});

test('layout="compact" shows the totals and opens the details on demand', async ({ page }) => {
  await serveHost(page, 'normalize', { ...HOSTS.normalize!, element: 'layout="compact"' });
  await page.goto('/fhv/host/normalize.html');
  await widgetsReady(page, 1);
  const widget = page.locator(TAG);
  await expect(widget.locator('[data-total="employer"]')).toHaveText(kr(1500));
  await expect(widget.locator('[data-line="0"]')).toBeHidden();
  await widget.getByText('Visa per insats, sista dagar och nästa steg').click();
  await expect(widget.locator('[data-line="0"]')).toBeVisible();
});

test('usable in a 200 px container: nothing sticks out of the widget', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await serveHost(page, 'normalize', { ...HOSTS.normalize!, element: '' });
  // A theme's nested padding leaves the widget 200 px.
  await page.route('**/fhv/host/readme.css', (r) =>
    r.fulfill({
      contentType: 'text/css',
      body: `${README_CSS}\nmain{width:200px;margin:0 auto;padding:0}`,
    }),
  );
  await page.goto('/fhv/host/normalize.html');
  await widgetsReady(page, 1);
  const wide = await page.locator(TAG).evaluate((el) => {
    const limit = el.getBoundingClientRect().right + 0.5;
    return [...el.shadowRoot!.querySelectorAll('*')]
      .filter((node) => node.getBoundingClientRect().right > limit)
      .map((node) => `${node.localName}.${node.className}`);
  });
  expect(wide).toEqual([]);
  expect(await page.locator(TAG).evaluate((el) => el.getBoundingClientRect().width)).toBe(200);
});
