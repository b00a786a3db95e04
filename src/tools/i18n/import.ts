/**
 * `npm run i18n:import -- ti.csv`: reads a translator's spreadsheet (as i18n:export writes it), checks
 * every row with the same gates as the tests, and writes `locales/{code}/*.json` only if all pass. The
 * problems are listed by row; nothing is written if any. A language new to the app must then be added to
 * locales/languages.json.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR, readLanguages, readStrings, writeStrings } from './files.ts';
import { importCsv } from './spreadsheet.ts';

const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!path || !existsSync(path)) {
  console.error('Give the spreadsheet to read: npm run i18n:import -- ti.csv');
  process.exit(2);
}
const result = importCsv(readFileSync(path, 'utf8'), readStrings('en'));
if (!result.files) {
  for (const problem of result.problems) console.error(`${path}: ${problem}`);
  console.error(`${result.problems.length} problems: nothing was written.`);
  process.exit(1);
}
if (result.code === 'en') {
  console.error('This is the English source: edit locales/en directly.');
  process.exit(1);
}
mkdirSync(join(LOCALES_DIR, result.code), { recursive: true });
for (const [file, tree] of Object.entries(result.files)) writeStrings(result.code, file, tree);
console.log(`Wrote ${Object.keys(result.files).length} files to locales/${result.code}/.`);
if (!readLanguages().some((l) => l.code === result.code)) {
  console.log(`Now add ${result.code} to locales/languages.json (endonym, direction, script, status "draft", check).`);
}
