/**
 * The quality gates every translation must pass, as pure functions over string trees: the same checks
 * run in `tests/locales.test.ts`, in `npm run i18n:import` and in `npm run i18n:check`.
 */

/** A string file: nested objects whose leaves are strings (i18next JSON v4). */
export type Tree = { [key: string]: string | Tree };

/** One problem with one key of one file. */
export interface Problem {
  file: string;
  key: string;
  message: string;
}

/** i18next plural suffixes (chosen per language by Intl.PluralRules). */
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Keys that may read exactly as in English: names of organisations and services, and strings that are
 * only placeholders. Anything else identical to English is taken as untranslated.
 */
export const SAME_AS_ENGLISH_ALLOWED = new Set([
  'translation:app.name',
  'translation:app.pageTitle',
  'find:northernIreland.bso',
  'rights:northernIreland.bso',
  'rights:refused.nhsEngland',
  'rights:refused.doctorsOfTheWorld',
  'find:safeSurgery',
  'practice:safeSurgery',
  'find:distance',
  'find:distanceWithKm',
]);

/** Whether a string may read exactly as its English: an allowed name, or only placeholders and symbols. */
export function mayMatchEnglish(ns: string, key: string, english: string): boolean {
  return SAME_AS_ENGLISH_ALLOWED.has(`${ns}:${key}`) || !/\p{L}/u.test(english.replace(/\{\{\s*\w+\s*\}\}/g, ''));
}

/** Every leaf as [dotted key, text]; a non-string leaf is reported as a string "" so it fails as empty. */
export function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value] as [string, string]];
    if (value && typeof value === 'object') return leaves(value, `${prefix}${key}.`);
    return [[`${prefix}${key}`, ''] as [string, string]];
  });
}

/** The `{{name}}` placeholders of a string, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

// Decimal digits of the scripts our languages use, mapped to 0-9 (Arabic-Indic, Persian, Bengali, Devanagari, ...).
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xff10];

/** The numbers in a string (placeholders left out), with any script's digits read as 0-9, sorted. */
export function numbers(text: string): string[] {
  const ascii = [...text.replace(/\{\{\s*\w+\s*\}\}/g, ' ')]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
      return zero === undefined ? ch : String(code - zero);
    })
    .join('');
  // "0808 1647 686" is one number written in groups: join digit groups split by single spaces.
  return [...ascii.replace(/(\d) (?=\d)/g, '$1').matchAll(/\d+/g)].map((m) => m[0]).sort();
}

/** The plural categories a language needs, as Intl.PluralRules lists them. */
export function pluralCategories(code: string): string[] {
  return [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
}

/**
 * Checks one translated file against its English: exactly English's keys (plural keys by the
 * language's own categories), none empty, the same placeholders and numbers, no markup, and nothing
 * left in English but the allowed names.
 */
export function checkFile(code: string, file: string, english: Tree, translated: Tree): Problem[] {
  const ns = file.replace(/\.json$/, '');
  const problems: Problem[] = [];
  const report = (key: string, message: string) => problems.push({ file, key, message });
  const source = new Map(leaves(english));
  const target = new Map(leaves(translated));
  const categories = pluralCategories(code);

  const expected = new Set<string>();
  for (const key of source.keys()) {
    if (!PLURAL.test(key)) expected.add(key);
    else if (key.endsWith('_other')) for (const c of categories) expected.add(key.replace(PLURAL, `_${c}`));
  }
  for (const key of expected) if (!target.has(key)) report(key, 'missing');
  for (const [key, text] of target) {
    if (!expected.has(key)) {
      report(
        key,
        PLURAL.test(key) ? `plural form not used in this language (it needs ${categories.join(', ')})` : 'not in English',
      );
      continue;
    }
    const from = source.get(key) ?? source.get(key.replace(PLURAL, '_other')) ?? '';
    if (text.trim() === '') {
      report(key, 'empty');
      continue;
    }
    const want = placeholders(from);
    const got = placeholders(text);
    // A plural form other than "other" may leave the number out ("one practice").
    const optional = PLURAL.test(key) && !key.endsWith('_other');
    const placeholdersOk = optional ? got.every((p) => want.includes(p)) : got.join() === want.join();
    if (!placeholdersOk) report(key, `placeholders ${JSON.stringify(got)} differ from English ${JSON.stringify(want)}`);
    if (/<\/?[a-z][^>]*>/i.test(text)) report(key, 'contains markup (HTML is not allowed)');
    if (!optional && numbers(text).join() !== numbers(from).join()) {
      report(key, `numbers ${JSON.stringify(numbers(text))} differ from English ${JSON.stringify(numbers(from))}`);
    }
    if (code !== 'en' && text.trim() === from.trim() && !mayMatchEnglish(ns, key, from))
      report(key, 'identical to English (untranslated?)');
  }
  return problems;
}

/** Checks a whole language: every English file present, no extra file, every file by checkFile. */
export function checkLanguage(code: string, english: Record<string, Tree>, translated: Record<string, Tree>): Problem[] {
  const problems: Problem[] = [];
  for (const file of Object.keys(english)) {
    const tree = translated[file];
    if (!tree) problems.push({ file, key: '', message: 'file missing' });
    else problems.push(...checkFile(code, file, english[file] ?? {}, tree));
  }
  for (const file of Object.keys(translated)) {
    if (!(file in english)) problems.push({ file, key: '', message: 'file English does not have' });
  }
  return problems;
}
