import { matchLanguage } from './detect.ts';
import type { Language } from './language-list.ts';

// Text folded for matching: lower case, accents dropped (Latin), compatibility forms unified.
function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The languages whose endonym, English name, other names or code contain what was typed (all when empty). */
export function searchLanguages(languages: readonly Language[], query: string): Language[] {
  const wanted = foldForSearch(query);
  if (!wanted) return [...languages];
  return languages.filter((l) =>
    [l.endonym, l.name, l.code, ...(l.aliases ?? [])].some((name) => foldForSearch(name).includes(wanted)),
  );
}

/** The phone's languages that we speak, best first, each once (for the top of the language list). */
export function phoneLanguages(preferred: readonly string[], supported: readonly string[]): string[] {
  const matches = preferred.map((tag) => matchLanguage(tag, supported)).filter((code): code is string => code !== null);
  return [...new Set(matches)];
}
