/** What a widget shows while its language's texts load (a lang changed at run time), or when they could not. */
import { RELOAD_PAGE } from '../../../core/i18n/messages-reload.ts';
import { loadTexts, textsFailed } from '../i18n.ts';

export function TextsLoading({ lang }: { lang: 'sv' | 'en' }) {
  if (!textsFailed(lang)) {
    loadTexts(lang).catch(() => {});
    return <section class="widget loading" part="container" aria-busy="true" />;
  }
  return (
    <section class="widget" part="container">
      <p class="error" role="alert">
        Kalkylen kunde inte laddas helt. {RELOAD_PAGE.sv} / The estimate could not load completely.{' '}
        {RELOAD_PAGE.en}
      </p>
    </section>
  );
}
