import i18next, { type CustomTypeOptions } from 'i18next';
import en from '../../locales/en/translation.json';
import { SOURCE_LANGUAGE, textDirection } from './languages.ts';

type Strings = Record<string, unknown>;

/** A file of strings per language: `translation` (shell and Home, bundled in English) or a screen's own. */
export type Namespace = keyof CustomTypeOptions['resources'];

type Loaders = Record<string, () => Promise<unknown>>;
const loaders = new Map<string, () => Promise<Strings>>();

/**
 * Makes string files loadable: pass the result of `import.meta.glob` over `locales/{code}/{namespace}.json`.
 * Screens register their own namespace in their own chunk, so the first bundle never grows with them.
 */
export function registerStrings(files: Loaders): void {
  for (const [path, load] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match) loaders.set(`${match[1]}/${match[2]}`, load as () => Promise<Strings>);
  }
}

// One lazy chunk per language; the English shell strings are bundled so Home never waits for them.
registerStrings(
  import.meta.glob<Strings>(['../../locales/*/translation.json', '!../../locales/en/translation.json'], {
    import: 'default',
  }),
);

/** Starts i18next with the bundled English strings. Call once before the first render. */
export function initI18n(): void {
  void i18next.init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    resources: { [SOURCE_LANGUAGE]: { translation: en } },
    // Preact escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

async function loadBundle(code: string, namespace: Namespace): Promise<void> {
  if (i18next.hasResourceBundle(code, namespace)) return;
  const load = loaders.get(`${code}/${namespace}`);
  // A namespace a language has not translated yet falls back to English, key by key.
  if (!load) {
    if (namespace === 'translation') throw new Error(`No strings for language "${code}"`);
    return;
  }
  i18next.addResourceBundle(code, namespace, await load());
}

// Namespaces some screen has needed: a language switch loads them all, so no screen shows half a language.
const used = new Set<Namespace>(['translation']);

/** Fetches a language's strings (once), with English for fallback; rejects when a chunk cannot be loaded. */
export async function loadLanguage(code: string, namespaces: readonly Namespace[] = [...used]): Promise<void> {
  namespaces.forEach((ns) => used.add(ns));
  const codes = code === SOURCE_LANGUAGE ? [code] : [code, SOURCE_LANGUAGE];
  await Promise.all(codes.flatMap((c) => namespaces.map((ns) => loadBundle(c, ns))));
}

/** Switches the app to a language whose strings are loaded, and sets `<html lang dir>` to match. */
export async function applyLanguage(code: string): Promise<void> {
  await i18next.changeLanguage(code);
  const root = globalThis.document?.documentElement;
  if (root) {
    root.lang = code;
    root.dir = textDirection(code);
  }
}

/** The current language code. */
export function currentLanguage(): string {
  return i18next.language || SOURCE_LANGUAGE;
}

/** Subscribes to language changes; returns the unsubscribe function. */
export function onLanguageChanged(listener: (code: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

/** Wraps a value (a code, number, postcode) in Unicode isolates so right-to-left text does not scramble it. */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/** Translates a key: `section.key` in translation.json, `namespace:key` in another file (type-checked). */
export const t = i18next.t.bind(i18next);
