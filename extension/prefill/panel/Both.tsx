/** @jsxImportSource preact */
import type { Bilingual } from '../../../core/i18n/format.ts';

/** A text in Swedish, then English, each marked with its language. */
export function Both({ sv, en }: Bilingual) {
  return (
    <>
      <span lang="sv">{sv}</span>{' '}
      <span lang="en" class="en">
        {en}
      </span>
    </>
  );
}
