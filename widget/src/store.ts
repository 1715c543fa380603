/**
 * The widget's state cells: a value with `.value` to read and write and one listener list per
 * owner (a WidgetModel, a lazily loaded part), over plain Preact hooks. It replaces
 * @preact/signals, 2.7 kB gzipped in the main file for what a few lines do here: the whole form is
 * one Preact tree rendered from <App>, which re-renders when its model says something changed.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** Who is told of a change: a model and everything rendered from it. */
export class Changes {
  readonly #listeners = new Set<() => void>();
  #depth = 0;
  #pending = false;

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  notify(): void {
    if (this.#depth > 0) {
      this.#pending = true;
      return;
    }
    for (const listener of [...this.#listeners]) listener();
  }

  /** Writes inside `run` tell the listeners once, at the end, so no half-made state is seen. */
  batch(run: () => void): void {
    this.#depth++;
    try {
      run();
    } finally {
      this.#depth--;
      if (this.#depth === 0 && this.#pending) {
        this.#pending = false;
        this.notify();
      }
    }
  }
}

export class Cell<T> {
  #value: T;
  /** Bumped on every change: what a derived value compares to know it is stale. */
  version = 0;

  readonly changes: Changes;

  constructor(changes: Changes, value: T) {
    this.changes = changes;
    this.#value = value;
  }

  get value(): T {
    return this.#value;
  }

  set value(next: T) {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    this.version++;
    this.changes.notify();
  }

  /** The value without subscribing; kept for symmetry with a signal's API. */
  peek(): T {
    return this.#value;
  }
}

/** A value computed from cells, again only when one of them has changed since. */
export function derived<T>(cells: readonly Cell<unknown>[], compute: () => T): { value: T } {
  let versions: number[] | undefined;
  let cached: T;
  return {
    get value() {
      const now = cells.map((c) => c.version);
      if (!versions || now.some((v, i) => v !== versions![i])) {
        cached = compute();
        versions = now;
      }
      return cached;
    },
  };
}

/** Re-renders the calling component whenever `changes` says something changed. */
export function useChanges(...all: Changes[]): void {
  const [, setTick] = useState(0);
  // Subscribed in the same task as the render, so no change in between goes unseen.
  useLayoutEffect(() => {
    const again = () => setTick((n) => n + 1);
    const stops = all.map((c) => c.subscribe(again));
    return () => {
      for (const stop of stops) stop();
    };
  }, all);
}
