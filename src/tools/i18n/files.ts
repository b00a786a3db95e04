/** Reading and writing the string files under locales/ (Node only). */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tree } from './gates.ts';

/** The locales folder of this checkout. */
export const LOCALES_DIR = join(import.meta.dirname, '..', '..', '..', 'locales');

/** One language as listed in locales/languages.json. */
export interface LanguageEntry {
  code: string;
  name: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
  script: string;
  status: 'source' | 'draft' | 'reviewed';
  /** How a draft was checked: method, date, how many fixes the check led to, what a reviewer should read first. */
  check?: { method: string; date: string; fixes?: number; reviewFirst?: string[] };
  review?: { reviewer: string; date: string };
  aliases?: string[];
  spoken?: { name: string; endonym: string };
}

/** Every language the app speaks, from locales/languages.json. */
export function readLanguages(dir = LOCALES_DIR): LanguageEntry[] {
  return JSON.parse(readFileSync(join(dir, 'languages.json'), 'utf8')) as LanguageEntry[];
}

/** Every string file of a language, by file name (`rights.json`); empty when the folder is missing. */
export function readStrings(code: string, dir = LOCALES_DIR): Record<string, Tree> {
  const folder = join(dir, code);
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as Tree]),
  );
}

/** Writes a string file as the repository keeps them: two-space indent, UTF-8, a final newline. */
export function writeStrings(code: string, file: string, tree: Tree, dir = LOCALES_DIR): void {
  writeFileSync(join(dir, code, file), `${JSON.stringify(tree, null, 2)}\n`);
}
