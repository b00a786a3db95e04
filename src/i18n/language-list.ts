import list from 'virtual:language-list';

/** How far a translation has come: the English source, checked by a fluent human, or a draft. */
export type LanguageStatus = 'source' | 'reviewed' | 'draft';

/**
 * One language the app speaks, as listed in locales/languages.json (lazy screens only: it grows with
 * every language). How each translation was checked stays in the file, for the tools (src/tools/i18n).
 */
export interface Language {
  code: string;
  /** Its name in English. */
  name: string;
  /** Its name in itself. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  script: string;
  status: LanguageStatus;
  /** Other names people search for it by ("Farsi", "Mandarin"). */
  aliases?: string[];
  /** The spoken language to ask an interpreter for, where the written one is a script (繁體中文 → Cantonese). */
  spoken?: { name: string; endonym: string };
}

/** Every language the app speaks, in the order the language list shows them. */
export const LANGUAGES: readonly Language[] = list;

/** The metadata of a language code, or undefined when the app does not speak it. */
export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}
