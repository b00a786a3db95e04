/**
 * `npm run i18n:export -- --lang ti [--out ti.csv]`: writes a language's strings as a spreadsheet for a
 * translator or reviewer (key, English, current translation, note), UTF-8 with a byte-order mark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES_DIR, readLanguages, readStrings } from './files.ts';
import { exportRows, toCsv, type Notes } from './spreadsheet.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' }, out: { type: 'string' } } });
const code = values.lang ?? '';
if (!code || code === 'en') {
  console.error('Say which language: npm run i18n:export -- --lang ti');
  process.exit(2);
}
if (!readLanguages().some((l) => l.code === code))
  console.log(`${code} is not in locales/languages.json yet: every translation cell starts empty.`);
const notes = JSON.parse(readFileSync(join(LOCALES_DIR, 'context.json'), 'utf8')) as Notes;
const rows = exportRows(code, readStrings('en'), readStrings(code), notes);
const out = values.out ?? `${code}.csv`;
writeFileSync(out, toCsv(code, rows));
console.log(`Wrote ${out}: ${rows.length} strings, ${rows.filter((r) => r[2]).length} translated.`);
