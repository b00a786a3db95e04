/**
 * A language's strings as a spreadsheet a translator can work in, and back: one row per key with the
 * English, the current translation and a note. UTF-8 with a byte-order mark, so Excel opens it cleanly.
 */
import { csvRecords, CsvError } from '../data/csv.ts';
import { checkLanguage, leaves, PLURAL, pluralCategories, type Problem, type Tree } from './gates.ts';

/** The columns, in order; the third column's heading is the language code. */
export const HEADER = ['key', 'English', '<code>', 'note for the translator'];

/** Notes by `namespace:key`, with `namespace:*` for a whole file (locales/context.json). */
export type Notes = Record<string, string>;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The rows a language needs: every English key, plural keys in the language's own forms. */
export function exportRows(
  code: string,
  english: Record<string, Tree>,
  translated: Record<string, Tree>,
  notes: Notes,
): string[][] {
  const categories = pluralCategories(code);
  return Object.entries(english).flatMap(([file, tree]) => {
    const ns = file.replace(/\.json$/, '');
    const current = new Map(leaves(translated[file] ?? {}));
    const source = new Map(leaves(tree));
    return [...source.keys()]
      .flatMap((key) =>
        !PLURAL.test(key) ? [key] : key.endsWith('_other') ? categories.map((c) => key.replace(PLURAL, `_${c}`)) : [],
      )
      .map((key) => {
        const base = key.replace(PLURAL, '');
        const from = source.get(key) ?? source.get(key.replace(PLURAL, '_other')) ?? '';
        const plural = PLURAL.test(key) ? `Plural form "${key.split('_').pop()}" (Intl.PluralRules).` : '';
        const note = [notes[`${ns}:${base}`], notes[`${ns}:${base.split('.')[0]}`], notes[`${ns}:*`], plural]
          .filter(Boolean)
          .join(' ');
        return [`${ns}:${key}`, from, current.get(key) ?? '', note];
      });
  });
}

/** The CSV text of exportRows, with the byte-order mark and CRLF line ends spreadsheets expect. */
export function toCsv(code: string, rows: string[][]): string {
  const header = HEADER.map((h) => (h === '<code>' ? code : h));
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The outcome of reading a translator's spreadsheet: the language's files, or the problems by row. */
export type ImportResult =
  { code: string; files: Record<string, Tree>; problems: [] } | { code: string; files: null; problems: string[] };

function setPath(tree: Tree, path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) tree[head] = value;
  else setPath((tree[head] = (typeof tree[head] === 'object' ? tree[head] : {}) as Tree), rest, value);
}

/** Orders a tree's keys as English orders them, so imported files diff cleanly against the last ones. */
function inEnglishOrder(tree: Tree, english: Tree): Tree {
  const order = Object.keys(english).flatMap((k) => (PLURAL.test(k) ? [k.replace(PLURAL, '')] : [k]));
  const rank = (key: string) => {
    const i = order.indexOf(key.replace(PLURAL, ''));
    return i === -1 ? order.length : i;
  };
  return Object.fromEntries(
    Object.keys(tree)
      .sort((a, b) => rank(a) - rank(b))
      .map((k) => {
        const value = tree[k];
        const sub = english[k];
        return [k, typeof value === 'object' && typeof sub === 'object' ? inEnglishOrder(value, sub) : value];
      }),
  ) as Tree;
}

/**
 * Reads a spreadsheet written by toCsv and filled in: checks its header, every row (known key, once,
 * a translation) and then the whole language with the same gates as the tests. Any problem, and no files.
 */
export function importCsv(text: string, english: Record<string, Tree>): ImportResult {
  const problems: string[] = [];
  let records: { fields: string[]; line: number }[];
  try {
    records = [...csvRecords(text)];
  } catch (error) {
    const line = error instanceof CsvError ? error.line : 0;
    return { code: '', files: null, problems: [`line ${line}: ${(error as Error).message}`] };
  }
  const [header, ...rows] = records;
  const code = header?.fields[2]?.trim() ?? '';
  if (!header || header.fields[0] !== 'key' || header.fields[1] !== 'English' || !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(code)) {
    return {
      code,
      files: null,
      problems: [`row 1: the header must be "key,English,<language code>,note…" (found "${header?.fields.join(',') ?? ''}")`],
    };
  }
  const files: Record<string, Tree> = {};
  const rowOf = new Map<string, number>();
  for (const [index, { fields }] of rows.entries()) {
    const row = index + 2;
    const [id = '', , value = ''] = fields;
    const match = /^(\w+):([\w.]+)$/.exec(id.trim());
    const file = match ? `${match[1]}.json` : '';
    if (!match || !english[file]) {
      problems.push(`row ${row}: "${id}" is not a key of this app`);
      continue;
    }
    if (rowOf.has(id)) {
      problems.push(`row ${row}: "${id}" is given twice (also row ${rowOf.get(id)})`);
      continue;
    }
    rowOf.set(id, row);
    setPath((files[file] ??= {}), (match[2] ?? '').split('.'), value.normalize('NFC'));
  }
  const rowFor = (p: Problem) => rowOf.get(`${p.file.replace(/\.json$/, '')}:${p.key}`);
  for (const p of checkLanguage(code, english, files)) {
    const row = rowFor(p);
    problems.push(`${row ? `row ${row}` : 'missing row'}: ${p.file.replace(/\.json$/, '')}:${p.key}: ${p.message}`);
  }
  if (problems.length > 0) return { code, files: null, problems };
  const ordered = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, inEnglishOrder(t, english[f] ?? {})]));
  return { code, files: ordered, problems: [] };
}
