// Fixed at build time from locales/ by src/tools/locales-plugin.ts (space-separated): only codes, so the
// first bundle grows by a few bytes a language, not by each language's names or files.
declare const __LOCALE_CODES__: string;
declare const __LOCALE_RTL__: string;
declare const __LOCALE_VERSION__: string;
const RIGHT_TO_LEFT = __LOCALE_RTL__.split(' ');

/** The source language: bundled with the app, and the fallback for every missing string. */
export const SOURCE_LANGUAGE = 'en';

/** The codes of every language the app speaks, in locales/languages.json's order (router prefixes, detection). */
export const LANGUAGE_CODES: readonly string[] = __LOCALE_CODES__.split(' ');

/** One version for every string file of this build: part of their URLs, so a new build fetches anew. */
export const STRINGS_VERSION: string = __LOCALE_VERSION__;

/** The writing direction of a language: 'rtl' for Arabic script and the like. */
export function textDirection(code: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr';
}
