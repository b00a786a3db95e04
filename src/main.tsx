import { render } from 'preact';
import { App } from './app.tsx';
import { resolveLanguage } from './i18n/detect.ts';
import { applyLanguage, initI18n, loadLanguage } from './i18n/index.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from './i18n/languages.ts';
import { getSavedLanguage } from './i18n/saved-language.ts';
import { listenForQuickExit } from './quick-exit.ts';
import { currentUrl, startHistory } from './router/history.ts';
import { parseLocation } from './router/routes.ts';
import './styles.css';

async function boot(): Promise<void> {
  // Shift three times leaves the app from the very first moment.
  listenForQuickExit();
  initI18n();
  const language = resolveLanguage(
    {
      fromUrl: parseLocation(currentUrl(), LANGUAGE_CODES).lang,
      saved: getSavedLanguage(),
      preferred: navigator.languages ?? [navigator.language],
    },
    LANGUAGE_CODES,
    SOURCE_LANGUAGE,
  );
  try {
    await loadLanguage(language);
    await applyLanguage(language);
  } catch {
    // Its strings could not be fetched (offline before they were cached): English rather than nothing.
    await applyLanguage(SOURCE_LANGUAGE);
  }
  startHistory();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void boot();
