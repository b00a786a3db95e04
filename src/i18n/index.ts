import i18next, { type CustomTypeOptions, type ParseKeys } from 'i18next';
import en from '../../locales/en/translation.json';
import { LANGUAGE_CODES, SOURCE_LANGUAGE, STRINGS_VERSION, textDirection } from './languages.ts';

type Strings = Record<string, unknown>;

/** A file of strings per language: `translation` (shell and Home, bundled in English) or a screen's own. */
export type Namespace = keyof CustomTypeOptions['resources'];

/** A key of one string file, as `t()` takes it: `Key<'rights'>` is `'rights:gp.title' | …`. */
export type Key<NS extends Namespace> = Extract<ParseKeys<['translation', NS]>, `${NS}:${string}`>;

/** Where a string file is served (src/tools/locales-plugin.ts): the same URL all build long, so caches keep it. */
export function stringsUrl(code: string, namespace: string): string {
  return `${import.meta.env.BASE_URL}locales/${code}/${namespace}.json?v=${STRINGS_VERSION}`;
}

async function fetchStrings(code: string, namespace: string): Promise<Strings> {
  const response = await fetch(stringsUrl(code, namespace));
  if (!response.ok) throw new Error(`${code}/${namespace}: HTTP ${response.status}`);
  return (await response.json()) as Strings;
}

let source: (code: string, namespace: string) => Promise<Strings> = fetchStrings;

/** Replaces where string files come from (tests read them from disk). */
export function setStringSource(load: (code: string, namespace: string) => Promise<Strings>): void {
  source = load;
}

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
  if (!LANGUAGE_CODES.includes(code)) throw new Error(`No strings for language "${code}"`);
  i18next.addResourceBundle(code, namespace, await source(code, namespace));
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

/** Translates in one fixed language, whatever the app's (the card's English half, a poster's languages). */
export function fixedT(code: string): typeof t {
  return i18next.getFixedT(code) as typeof t;
}
