/**
 * Notes on FK's page beside each field the click left for the user, in the panel's words ("det
 * framgår inte vems uppgift fältet frågar efter"), never with a value: what to type is shown in
 * the panel only, out of the page's reach. The notes sit in one overlay of our own, positioned
 * under the fields, so the e-service's own DOM (Vue's) is never changed. Its shadow root is open:
 * it holds only the reasons, which tell the page nothing it did not show.
 */
import type { Bilingual } from '../../core/i18n/format.ts';
import { markOurs } from './ours.ts';

const OVERLAY = 'notes';

export interface Note {
  el: Element;
  text: Bilingual;
}

/** The notes of the last click, kept to be placed again when the page changes. */
let current: readonly Note[] = [];

/** Our overlay, by reference: an element of the page's that wears our attribute is left alone. */
let overlay: Element | undefined;

function clearOverlay(): void {
  overlay?.remove();
  overlay = undefined;
}

/**
 * The page changed (a field appeared, another step is shown): notes of fields that are gone
 * go, the others move with their fields.
 */
export function refreshNotes(doc: Document): void {
  showNotes(
    doc,
    current.filter((n) => n.el.isConnected),
  );
}

export function showNotes(doc: Document, notes: readonly Note[]): void {
  current = notes;
  clearOverlay();
  const win = doc.defaultView;
  if (!win || notes.length === 0) return;
  const host = doc.createElement('div');
  host.setAttribute('data-stodkollen-ui', OVERLAY);
  markOurs(host);
  host.style.cssText =
    'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none';
  const root = host.attachShadow({ mode: 'open' });
  for (const { el, text } of notes) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const note = doc.createElement('div');
    note.setAttribute('role', 'note');
    note.style.cssText = `position:absolute;top:${Math.round(r.bottom + win.scrollY + 2)}px;left:${Math.round(r.left + win.scrollX)}px;max-width:${Math.max(200, Math.round(r.width))}px;background:#fff3cd;color:#1a1a1a;border:1px solid #8a6d00;border-radius:4px;padding:2px 6px;font:13px/1.3 system-ui,sans-serif`;
    const sv = doc.createElement('span');
    sv.lang = 'sv';
    sv.textContent = `Stödkollen: ${text.sv}`;
    const en = doc.createElement('span');
    en.lang = 'en';
    en.style.cssText = 'display:block;color:#444';
    en.textContent = text.en;
    note.append(sv, en);
    root.append(note);
  }
  doc.body.append(host);
  overlay = host;
}
