import { useEffect, useState } from 'preact/hooks';

/** The result of an async read, re-read when `deps` change; undefined while reading. */
export function useAsync<T>(read: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let current = true;
    read().then((v) => {
      if (current) setValue(v);
    });
    return () => {
      current = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the read depends on
  }, deps);
  return value;
}
