/**
 * "Sparade kalkyler": a disclosure whose content (SavedBody.tsx, with idb and the store) comes from
 * its own file when first opened. Most visitors never save, and a page that only shows the widget
 * should neither load that code nor create a database.
 */
import { useState } from 'preact/hooks';
import type { Texts } from '../i18n.ts';
import { lazy } from '../lazy/part.ts';
import type { WidgetModel } from '../model.ts';

const bodyPart = lazy(() => import('./SavedBody.tsx'));

interface Props {
  model: WidgetModel;
  t: Texts;
  H: 'h2';
}

export function Saved({ model, t, H }: Props) {
  // Once opened, the content stays mounted, so closing and opening keeps what was typed.
  const [opened, setOpened] = useState(false);
  const part = bodyPart.value;
  return (
    <section class="saved no-print" part="saved" aria-labelledby="sk-saved-title">
      <details
        onToggle={(e) => {
          if (!e.currentTarget.open) return;
          setOpened(true);
          bodyPart.load().catch(() => {});
        }}
      >
        <summary>
          <H id="sk-saved-title" class="summary-heading">
            {t.savedTitle}
          </H>
        </summary>
        {opened &&
          (part ? (
            <part.SavedBody model={model} />
          ) : bodyPart.failed ? (
            <p class="error">{t.partFailed}</p>
          ) : (
            <p class="hint" aria-busy="true">
              {t.loadingPart}
            </p>
          ))}
      </details>
    </section>
  );
}
