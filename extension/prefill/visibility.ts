/**
 * Whether a person can see a field, as the eye judges it rather than as the DOM says: a page can
 * keep a field in the layout and still out of sight (clipped, a few pixels wide, nearly
 * transparent, drawn over, inert, its text in the background's colour, off screen). Autofill that
 * trusts `display` alone fills such traps; this refuses them.
 */
import type { Blocked } from '../../core/prefill/fields.ts';
import { isOurs } from './ours.ts';

/** Smaller than this, in CSS pixels, is not a field anyone can read or click. */
export const MIN_SIZE = 4;
/** Below this opacity (multiplied down the ancestors), a field is not seen. */
export const MIN_OPACITY = 0.15;
/** Text whose contrast with its background is below this ratio is not read. */
export const MIN_CONTRAST = 1.5;

type Rgba = [number, number, number, number];

export function parseColour(css: string): Rgba | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return css === 'transparent' ? [0, 0, 0, 0] : undefined;
  const alpha =
    m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The colour behind an element: the first ancestor background that is not (nearly) clear. */
function backgroundOf(el: Element, win: Window): Rgba {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = parseColour(win.getComputedStyle(e).backgroundColor);
    if (bg && bg[3] > 0.5) return bg;
  }
  return [255, 255, 255, 1];
}

/** Text a person cannot read: transparent, or in (nearly) the colour of what lies behind it. */
export function textUnreadable(el: Element, win: Window): boolean {
  const style = win.getComputedStyle(el);
  // Text too small to read, or pushed out of its box.
  if (Number.parseFloat(style.fontSize) < 6) return true;
  if (Number.parseFloat(style.textIndent) < -100) return true;
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  const colour = parseColour(
    fill && fill !== style.color && fill !== 'currentcolor' ? fill : style.color,
  );
  if (!colour) return false;
  if (colour[3] < MIN_OPACITY) return true;
  return contrast(colour, backgroundOf(el, win)) < MIN_CONTRAST;
}

/** `filter: opacity(…)` fades as `opacity` does, but `checkVisibility` does not see it. */
function filterOpacity(filter: string): number {
  let factor = 1;
  for (const m of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const v = Number.parseFloat(m[1] ?? '1');
    factor *= m[2] === '%' ? v / 100 : v;
  }
  return factor;
}

function clipped(style: CSSStyleDeclaration): boolean {
  const clipPath = style.clipPath || style.getPropertyValue('clip-path');
  if (clipPath && clipPath !== 'none') return true;
  const clip = style.clip || style.getPropertyValue('clip');
  return Boolean(clip) && clip !== 'auto' && style.position !== 'static' && style.position !== '';
}

/**
 * Why a person cannot see `seen`, walking it and its ancestors, or undefined when they can.
 * `checkCentre` adds the covering test: another element drawn over the field's centre.
 */
export function unseen(
  seen: Element,
  win: Window,
  checkCentre: boolean,
  ariaHiddenCounts = true,
): Blocked | undefined {
  if (seen.closest('[inert]')) return 'inert';
  if (ariaHiddenCounts && seen.closest('[aria-hidden="true"]')) return 'hidden';
  if (
    typeof seen.checkVisibility === 'function' &&
    !seen.checkVisibility({ checkVisibilityCSS: true, opacityProperty: true })
  ) {
    return 'hidden';
  }
  const rect = seen.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return 'hidden';

  let opacity = 1;
  let visible = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  for (
    let e: Element | null = seen;
    e && e !== seen.ownerDocument.documentElement;
    e = e.parentElement
  ) {
    const style = win.getComputedStyle(e);
    opacity *= Number.parseFloat(style.opacity || '1');
    opacity *= filterOpacity(style.filter);
    if (opacity < MIN_OPACITY) return 'hidden';
    if (clipped(style)) return 'hidden';
    if (
      e !== seen &&
      /hidden|clip|scroll|auto/.test(`${style.overflowX} ${style.overflowY} ${style.overflow}`)
    ) {
      const box = e.getBoundingClientRect();
      visible = {
        left: Math.max(visible.left, box.left),
        top: Math.max(visible.top, box.top),
        right: Math.min(visible.right, box.right),
        bottom: Math.min(visible.bottom, box.bottom),
      };
      if (visible.right - visible.left < MIN_SIZE || visible.bottom - visible.top < MIN_SIZE) {
        return 'hidden';
      }
    }
  }

  const doc = seen.ownerDocument;
  const x = win.scrollX;
  const y = win.scrollY;
  const width = Math.max(doc.documentElement.scrollWidth, win.innerWidth);
  const height = Math.max(doc.documentElement.scrollHeight, win.innerHeight);
  if (
    rect.right + x <= 0 ||
    rect.bottom + y <= 0 ||
    rect.left + x >= width ||
    rect.top + y >= height
  ) {
    return 'offscreen';
  }
  const fixed = win.getComputedStyle(seen).position === 'fixed';
  if (
    fixed &&
    (rect.right <= 0 ||
      rect.bottom <= 0 ||
      rect.left >= win.innerWidth ||
      rect.top >= win.innerHeight)
  ) {
    return 'offscreen';
  }

  if (checkCentre && covered(seen, rect, doc, win)) return 'covered';
  return undefined;
}

/**
 * Another element is drawn over the centre. Only testable inside the viewport (elsewhere
 * `elementFromPoint` gives nothing): the filler scrolls a field into view before this test.
 */
function covered(seen: Element, rect: DOMRect, doc: Document, win: Window): boolean {
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  if (cx < 0 || cy < 0 || cx >= win.innerWidth || cy >= win.innerHeight) return false;
  const hit = doc.elementFromPoint(cx, cy);
  if (hit && !isOwn(seen, hit) && !isOurs(hit)) return true;
  // `elementFromPoint` looks through `pointer-events: none`: an opaque overlay can hide there.
  return passThroughCovers(doc, win).some((cover) => {
    if (isOwn(seen, cover) || cover.contains(seen)) return false;
    const r = cover.getBoundingClientRect();
    if (cx < r.left || cx > r.right || cy < r.top || cy > r.bottom) return false;
    const style = win.getComputedStyle(cover);
    const above =
      Boolean(seen.compareDocumentPosition(cover) & Node.DOCUMENT_POSITION_FOLLOWING) ||
      Number.parseInt(style.zIndex, 10) > 0;
    return above && unseen(cover, win, false) === undefined;
  });
}

/** The field itself, something inside it, or its own label (FKUI draws boxes over the input). */
function isOwn(seen: Element, hit: Element): boolean {
  if (hit === seen || seen.contains(hit)) return true;
  const input = seen as HTMLInputElement;
  return Boolean(input.labels && [...input.labels].some((l) => l === hit || l.contains(hit)));
}

const DRAWN = new Set(['IMG', 'SVG', 'CANVAS', 'VIDEO', 'PICTURE', 'IFRAME']);
let throughCache: { doc: Document; at: number; list: Element[] } | undefined;

/** Opaque elements that let clicks through; worked out once per collection or fill. */
function passThroughCovers(doc: Document, win: Window): Element[] {
  const now = win.performance.now();
  if (throughCache?.doc === doc && now - throughCache.at < 200) return throughCache.list;
  const list: Element[] = [];
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    const style = win.getComputedStyle(el);
    if (style.pointerEvents !== 'none' || isOurs(el)) continue;
    const bg = parseColour(style.backgroundColor);
    const opaque = (bg !== undefined && bg[3] > 0.5) || DRAWN.has(el.tagName.toUpperCase());
    if (opaque) list.push(el);
  }
  throughCache = { doc, at: now, list };
  return list;
}

/**
 * Generated text (`::before`/`::after` `content`) is drawn but is not in the DOM: a label using
 * it says something other than what we would read.
 */
export function hasGeneratedText(el: Element, win: Window): boolean {
  for (const pseudo of ['::before', '::after']) {
    let content = '';
    try {
      content = win.getComputedStyle(el, pseudo).content ?? '';
    } catch {
      content = '';
    }
    if (!content || content === 'none' || content === 'normal') continue;
    if (/attr\(|counter/.test(content) || /["'][^"']*[\p{L}\p{N}][^"']*["']/u.test(content)) {
      return true;
    }
  }
  return false;
}
