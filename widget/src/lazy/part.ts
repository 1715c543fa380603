/**
 * Parts of the widget that the first view does not need ("Sparade kalkyler", "Så räknar vi", the
 * language not shown, the copied summary) come from files beside the main one, loaded on first
 * use with `import()`. A dynamic import inherits the nonce of the script that started it and is no
 * Trusted Types sink, so it works under the strict and the nonce-based CSPs without anything the
 * page has to allow.
 */
import { type Signal, signal } from '@preact/signals';

export interface Lazy<T> {
  /** The module once loaded; reading it in a component re-renders that component on arrival. */
  readonly value: Signal<T | undefined>;
  /** True after a failed load (offline, a file missing on the server); a later `load()` retries. */
  readonly failed: Signal<boolean>;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  const value = signal<T | undefined>(undefined);
  const failed = signal(false);
  let loading: Promise<T> | undefined;
  return {
    value,
    failed,
    load() {
      loading ??= importer().then(
        (module) => {
          value.value = module;
          failed.value = false;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          failed.value = true;
          throw error;
        },
      );
      return loading;
    },
  };
}
