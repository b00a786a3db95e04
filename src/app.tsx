import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Footer } from './components/Footer.tsx';
import { Header } from './components/Header.tsx';
import { SafetyBar } from './components/SafetyBar.tsx';
import { RouteOutlet } from './routes/RouteOutlet.tsx';
import { currentLanguage, loadLanguage, t } from './i18n/index.ts';
import { LANGUAGE_CODES } from './i18n/languages.ts';
import { switchLanguage, useLanguage } from './i18n/use-language.ts';
import { useUrl } from './router/history.ts';
import { rememberRoute } from './router/return-route.ts';
import { buildPath, parseLocation } from './router/routes.ts';

/** The layout around every screen, and the bridge from the URL to the screen and its language. */
export function App() {
  const url = useUrl();
  const language = useLanguage();
  const { lang: urlLanguage, route } = parseLocation(url, LANGUAGE_CODES);
  rememberRoute(route);

  const [Offline, setOffline] = useState<ComponentType | null>(null);
  useEffect(() => {
    // The offline layer is not needed to show the first page: load it after, then register the worker.
    import('./pwa/index.ts')
      .then(async (pwa) => {
        await loadLanguage(currentLanguage(), ['pwa']);
        setOffline(() => pwa.UpdatePrompt);
        pwa.registerServiceWorker();
      })
      .catch(() => undefined); // Not loadable (offline on a first visit): the app works on without it.
  }, []);

  const [failedLanguage, setFailedLanguage] = useState<string | null>(null);
  useEffect(() => {
    // A /{lang}/ prefix always wins; unprefixed paths keep the language already in use.
    if (!urlLanguage) return;
    void switchLanguage(urlLanguage).then((ok) => setFailedLanguage(ok ? null : urlLanguage));
  }, [urlLanguage]);

  return (
    <>
      <Header />
      <SafetyBar />
      {Offline && <Offline />}
      <main id="main" class="container" lang={language}>
        {failedLanguage && (
          <p class="notice" role="alert">
            {t('app.languageLoadFailed')}
          </p>
        )}
        <ErrorBoundary key={url} homeHref={buildPath({ name: 'home' }, urlLanguage)}>
          <RouteOutlet route={route} />
        </ErrorBoundary>
      </main>
      <Footer />
    </>
  );
}
