/**
 * The elements Stödkollen itself puts on FK's page (the cue, the notes). Known by identity, not by
 * an attribute: a page could put our attribute on its own overlay to pass it off as ours.
 */
const ours = new WeakSet<Element>();

export function markOurs(el: Element): void {
  ours.add(el);
}

/** Whether the element is, or is inside, one of ours. */
export function isOurs(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (ours.has(e)) return true;
  return false;
}
