import type { FieldError } from '../../core/schema/errors.ts';
import { lang, tr } from './state.ts';

/** What must be filled in before a document can be printed. */
export function MissingList({ missing }: { missing: FieldError[] }) {
  if (missing.length === 0) return null;
  return (
    <div class="missing no-print" role="alert">
      <p>{tr('missingHeading')}</p>
      <ul>
        {missing.map((m) => (
          <li key={m.path}>{m[lang.value]}</li>
        ))}
      </ul>
    </div>
  );
}
