/** "Så räknar vi": a disclosure whose table (HowTable.tsx) comes from its own file when opened. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../../core/i18n/format.ts';
import type { Texts } from '../i18n.ts';
import { lazy } from '../lazy/part.ts';

const tablePart = lazy(() => import('./HowTable.tsx'));

/** `rules`: the rule ids behind the estimate on screen, listed here rather than in its text. */
export function HowWeCount({ lang, t, rules }: { lang: Lang; t: Texts; rules: string[] }) {
  // Rendered, and its file loaded, only when opened: most visitors never open it.
  const [open, setOpen] = useState(false);
  const part = tablePart.value;
  return (
    <details
      class="how"
      part="how"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) tablePart.load().catch(() => {});
      }}
    >
      <summary>{t.howTitle}</summary>
      {open &&
        (part ? (
          <>
            {rules.length > 0 && (
              <p data-rules>
                {t.rules}: <span class="rule">{rules.join(', ')}</span>
              </p>
            )}
            <part.HowTable lang={lang} />
          </>
        ) : tablePart.failed ? (
          <p class="error">{t.partFailed}</p>
        ) : (
          <p class="hint" aria-busy="true">
            {t.loadingPart}
          </p>
        ))}
    </details>
  );
}
