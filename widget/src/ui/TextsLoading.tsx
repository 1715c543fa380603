/** What a widget shows while its language's texts load (a lang changed at run time), or when they could not. */
import { loadTexts, textsFailed } from '../i18n.ts';

export function TextsLoading({ lang }: { lang: 'sv' | 'en' }) {
  if (!textsFailed(lang)) {
    loadTexts(lang).catch(() => {});
    return <section class="widget loading" part="container" aria-busy="true" />;
  }
  return (
    <section class="widget" part="container">
      <p class="error" role="alert">
        Kalkylen kunde inte laddas helt. Ladda om sidan. / The estimate could not load completely.
        Reload the page.
      </p>
    </section>
  );
}
