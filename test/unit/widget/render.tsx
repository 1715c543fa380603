/** @jsxImportSource preact */
/** Shared helpers for the widget's component tests: render the App and fill its form as a user. */
import { act, fireEvent, render, within } from '@testing-library/preact';
import { parseConfig } from '../../../widget/src/config.ts';
import { loadTexts } from '../../../widget/src/i18n.ts';
import { WidgetModel } from '../../../widget/src/model.ts';
import { App } from '../../../widget/src/ui/App.tsx';
import { loadDetails, STATUS_PAUSE_MS } from '../../../widget/src/ui/Result.tsx';

/** A select (or any control) read by its value; `HTMLSelectElement` clashes with a global type here. */
export type WithValue = HTMLElement & { value: string };

// English comes from its own file in the widget; component tests render it at once.
await loadTexts('en');
// The result's details come from their own file too, right after the first frame.
await loadDetails();

export function renderApp(attrs: Record<string, string> = {}, today?: string) {
  const warnings: string[] = [];
  const model = new WidgetModel(
    parseConfig(
      (name) => (Object.hasOwn(attrs, name) ? (attrs[name] as string) : null),
      (w) => warnings.push(w),
    ),
  );
  if (today) {
    // As if the widget were opened that day: the first insats starts then too.
    model.today.value = today;
    model.reset();
  }
  const view = render(<App model={model} />);
  return { model, warnings, ...view, container: view.container as HTMLElement };
}

/** Text as read: no-break and narrow spaces (kronor from Intl) as plain spaces. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export function typeInto(input: HTMLElement, value: string): void {
  fireEvent.input(input, { target: { value } });
}

export function choose(select: HTMLElement, value: string): void {
  fireEvent.change(select, { target: { value } });
}

/** The fieldset of insats `n` (0-based), for queries inside it. */
export function insats(container: HTMLElement, n: number) {
  const el = container.querySelector<HTMLElement>(`[data-insats-index="${n}"]`);
  if (!el) throw new Error(`no insats ${n}`);
  return within(el);
}

export function total(container: HTMLElement, which: 'fk' | 'afa' | 'employer' | 'cost') {
  return norm(container.querySelector(`[data-total="${which}"]`)?.textContent);
}

/** The amount (without the answer word) and the answer of one payer on line `n`. */
export function lineAmount(
  container: HTMLElement,
  n: number,
  which: 'fk' | 'afa' | 'employer',
): { amount: string; answer: string | null } {
  const dd = container.querySelector(`[data-line="${n}"] [data-amount="${which}"]`);
  if (!dd) throw new Error(`no amount ${which} on line ${n}`);
  const answer = dd.querySelector('[data-answer]');
  const answerText = answer?.textContent ?? '';
  const text = norm(dd.textContent);
  return {
    amount: norm(answerText ? text.slice(0, text.lastIndexOf(norm(answerText))) : text),
    answer: answer?.getAttribute('data-answer') ?? null,
  };
}

export function deadline(container: HTMLElement, payer: 'fk' | 'afa') {
  const time = container.querySelector(`[data-deadline="${payer}"] time[datetime]`);
  return time ? { date: time.getAttribute('datetime'), text: norm(time.textContent) } : null;
}

/** The texts that an input's aria-describedby points to. */
export function describedBy(input: HTMLElement): string[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const el = input.ownerDocument.getElementById(id);
    if (!el) throw new Error(`aria-describedby points to a missing id: ${id}`);
    return norm(el.textContent);
  });
}

/**
 * The live status that says the split in a sentence (there are others for copy and save), once the
 * typing has paused long enough for it to speak.
 */
export async function resultStatus(container: HTMLElement): Promise<string> {
  await new Promise((ok) => setTimeout(ok, STATUS_PAUSE_MS + 50));
  return statusNow(container);
}

/** The status sentence as it stands this moment. */
export function statusNow(container: HTMLElement): string {
  const statuses = [...container.querySelectorAll('[role="status"]')];
  if (statuses.length === 0) throw new Error('no role=status');
  return norm(statuses[0]!.textContent);
}

/** Opens a <details> by its summary, as a click would (happy-dom may not toggle on a click). */
export function openDisclosure(scope: HTMLElement, summary: string | RegExp): void {
  const found = [...scope.querySelectorAll('summary')].find((s) =>
    typeof summary === 'string'
      ? norm(s.textContent) === summary
      : summary.test(norm(s.textContent)),
  );
  if (!found) throw new Error(`no disclosure ${summary}`);
  const details = found.closest('details')!;
  // act: the toggle sets a signal, and its render must be done before the test reads on.
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}
