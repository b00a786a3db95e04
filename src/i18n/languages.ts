import list from '../../locales/languages.json';

/** How far a translation has come: the English source, checked by a native speaker, or a draft. */
export type LanguageStatus = 'source' | 'reviewed' | 'draft';

/** One language the app speaks, as listed in locales/languages.json. */
export interface Language {
  code: string;
  name: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
  status: LanguageStatus;
}

/** The source language: bundled with the app, and the fallback for every missing string. */
export const SOURCE_LANGUAGE = 'en';

/** Every language the app speaks, in the order the language list shows them. */
export const LANGUAGES: readonly Language[] = list as Language[];

/** The codes of every language, for the router's prefix matching. */
export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((l) => l.code);

/** The metadata of a language code, or undefined when the app does not speak it. */
export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** The writing direction of a language: 'rtl' for Arabic script and the like. */
export function textDirection(code: string): 'ltr' | 'rtl' {
  return findLanguage(code)?.dir ?? 'ltr';
}
