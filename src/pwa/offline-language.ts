import { currentLanguage, onLanguageChanged, stringsUrl } from '../i18n/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';

// Every string file (namespace) a language has, fixed at build time by src/tools/locales-plugin.ts.
declare const __LOCALE_NAMESPACES__: string;
const NAMESPACES = __LOCALE_NAMESPACES__.split(' ');

/** The runtime cache the worker keeps scripts and other languages' strings in (vite.config.ts). */
const CACHE = 'language-strings';

/** Drops what this visit did not use: older builds' files and languages no longer in use. */
async function prune(): Promise<void> {
  const used = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) if (!used.has(request.url)) await cache.delete(request);
}

/** Resolves once a service worker controls this page (at once if one already does). */
function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/** Fetches every string file of a language through the worker, whose runtime cache keeps them (English is precached). */
function fetchLanguage(code: string): Promise<unknown> {
  if (code === SOURCE_LANGUAGE) return Promise.resolve();
  // Read each body: a fetch is listed in performance entries (which prune() keeps) only once it completes.
  return Promise.allSettled(NAMESPACES.map((ns) => fetch(stringsUrl(code, ns)).then((response) => response.arrayBuffer())));
}

/**
 * Makes the person's language work offline after one visit. The precache holds the code and English;
 * once the worker is in control, this re-requests the scripts the page fetched before it was (the
 * runtime cache keeps them, mostly from the HTTP cache) and fetches every string file of the current
 * language, and again after each change of language. Files no longer used are then removed.
 */
export async function keepLanguageOffline(container = navigator.serviceWorker): Promise<void> {
  if (!container) return;
  await controlled(container);
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /^\/assets\/[^/]+\.js$/.test(url.pathname));
  await Promise.allSettled(scripts.map((url) => fetch(url)));
  await fetchLanguage(currentLanguage());
  await prune().catch(() => undefined);
  onLanguageChanged((code) => void fetchLanguage(code));
}
