/** The command line of `npm run posters`: codes, folders, languages; and where each poster is and goes. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseCode } from '../../router/routes.ts';
import { readLanguages } from '../i18n/files.ts';

// Node has no build-time defines: the language codes come from locales/languages.json itself.
const LANGUAGE_CODES = readLanguages().map((l) => l.code);

/** How to call the tool. */
export const USAGE =
  'Usage: npm run posters -- --codes F84003,G85109 [--out posters/] [--dist dist] [--languages en,ar] [--allow-local]';

/** What the command line asks for. */
export interface PosterOptions {
  /** Valid ODS codes, upper-cased, each once, in the order given. */
  codes: string[];
  /** Entries of --codes that cannot be ODS codes, as typed. */
  invalid: string[];
  out: string;
  dist: string;
  /** Languages to preselect on every poster, canonical codes; empty leaves the screen's default. */
  languages: string[];
  allowLocal: boolean;
  help: boolean;
}

/** Splits --codes values on commas and spaces into normalised ODS codes (each once) and the entries that are not. */
export function normaliseCodes(values: readonly string[]): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const entry of values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean)) {
    const code = normaliseCode(entry);
    if (code === null) invalid.push(entry);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

/** The canonical codes of a comma-separated --languages value; throws on a language the app does not speak. */
export function parseLanguages(value: string | undefined, known: readonly string[] = LANGUAGE_CODES): string[] {
  if (value === undefined) return [];
  const languages: string[] = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const code = known.find((k) => k.toLowerCase() === entry.toLowerCase());
    if (!code) throw new Error(`The app does not speak "${entry}": use some of ${known.join(', ')}`);
    if (!languages.includes(code)) languages.push(code);
  }
  if (languages.length === 0) throw new Error('--languages needs at least one language, like --languages en,ar');
  return languages;
}

/** Parses the command line (without node and the script); throws an Error whose message is for the user. */
export function parsePosterArgs(argv: readonly string[], knownLanguages: readonly string[] = LANGUAGE_CODES): PosterOptions {
  // Throws on an unknown option or a stray argument, with a message naming it.
  const { values } = parseArgs({
    args: [...argv],
    options: {
      codes: { type: 'string', multiple: true },
      out: { type: 'string', default: 'posters' },
      dist: { type: 'string', default: 'dist' },
      languages: { type: 'string' },
      'allow-local': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const chosen = { out: values.out, dist: values.dist, allowLocal: values['allow-local'], help: values.help };
  if (chosen.help) return { ...chosen, codes: [], invalid: [], languages: [] };
  const { codes, invalid } = normaliseCodes(values.codes ?? []);
  if (codes.length === 0 && invalid.length === 0) throw new Error('Which practices? Give their ODS codes: --codes F84003,G85109');
  if (!chosen.out.trim()) throw new Error('--out needs a folder, like --out posters/');
  return { ...chosen, codes, invalid, languages: parseLanguages(values.languages, knownLanguages) };
}

/** The app path of a practice's poster, with the languages to preselect when there are any. */
export function posterPath(code: string, languages: readonly string[] = []): string {
  // Commas left as they are: the screen splits the parameter on them.
  const query = languages.length ? `?languages=${languages.map(encodeURIComponent).join(',')}` : '';
  return `/poster/${encodeURIComponent(code)}${query}`;
}

/** Where a practice's poster is written. */
export function pdfPath(out: string, code: string): string {
  return join(out, `${code}.pdf`);
}
