/**
 * Parts of the widget that the first view does not need ("Sparade kalkyler", "Så räknar vi", the
 * language not shown, the copied summary) come from files beside the main one, loaded on first
 * use with `import()`. A dynamic import inherits the nonce of the script that started it and is no
 * Trusted Types sink, so it works under the strict and the nonce-based CSPs without anything the
 * page has to allow.
 */
import { Changes } from '../store.ts';

/** Told whenever a part arrives or fails: every rendered widget listens (`useChanges(parts)`). */
export const parts = new Changes();

export interface Lazy<T> {
  /** The module once loaded. */
  readonly value: T | undefined;
  /** True after a failed load (offline, a file missing on the server); a later `load()` retries. */
  readonly failed: boolean;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let failed = false;
  let loading: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    get failed() {
      return failed;
    },
    load() {
      loading ??= importer().then(
        (module) => {
          value = module;
          failed = false;
          parts.notify();
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          failed = true;
          parts.notify();
          throw error;
        },
      );
      return loading;
    },
  };
}
