/**
 * `npm run i18n:status`: one line per language: strings translated (present, and not left in English),
 * whether it passes every gate, its status, how the draft was checked, and who reviewed it.
 */
import { checkLanguage, leaves, mayMatchEnglish, PLURAL, pluralCategories } from './gates.ts';
import { readLanguages, readStrings } from './files.ts';

const english = readStrings('en');

/** How many strings a language needs, and how many it has translated. */
export function translatedCount(code: string): { translated: number; total: number } {
  const categories = pluralCategories(code).length;
  let total = 0;
  let translated = 0;
  const mine = readStrings(code);
  for (const [file, tree] of Object.entries(english)) {
    const theirs = new Map(leaves(mine[file] ?? {}));
    for (const [key, text] of leaves(tree)) {
      if (PLURAL.test(key) && !key.endsWith('_other')) continue;
      const keys = PLURAL.test(key) ? [...theirs.keys()].filter((k) => k.replace(PLURAL, '') === key.replace(PLURAL, '')) : [key];
      const needed = PLURAL.test(key) ? categories : 1;
      total += needed;
      const ns = file.replace(/\.json$/, '');
      // English is the source: every string it has counts. A translation's string counts unless left in English.
      const done = (k: string) =>
        (theirs.get(k) ?? '').trim() !== '' && (code === 'en' || theirs.get(k) !== text || mayMatchEnglish(ns, k, text));
      translated += Math.min(needed, keys.filter(done).length);
    }
  }
  return { translated, total };
}

const rows = readLanguages().map((l) => {
  const { translated, total } = translatedCount(l.code);
  const gates = l.code === 'en' ? 'source' : checkLanguage(l.code, english, readStrings(l.code)).length === 0 ? 'pass' : 'FAIL';
  return [
    l.code,
    l.name,
    `${translated}/${total}`,
    gates,
    l.status,
    l.check ? `${l.check.method} (${l.check.date})${l.check.fixes === undefined ? '' : `, ${l.check.fixes} fixes`}` : '—',
    l.review ? `${l.review.reviewer} (${l.review.date})` : '—',
  ];
});
const header = ['code', 'language', 'translated', 'gates', 'status', 'checked how', 'reviewer'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...rows])
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
process.exitCode = rows.some((r) => r[3] === 'FAIL') ? 1 : 0;
