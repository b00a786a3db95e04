/**
 * `npm run i18n:check [-- --lang ar,fa]`: runs the translation gates on each language (all by default)
 * and prints every problem as `code/file: key: message`. Exits 1 if any.
 */
import { parseArgs } from 'node:util';
import { checkLanguage } from './gates.ts';
import { readLanguages, readStrings } from './files.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const codes =
  values.lang?.split(',') ??
  readLanguages()
    .map((l) => l.code)
    .filter((c) => c !== 'en');
const english = readStrings('en');
let count = 0;
for (const code of codes) {
  const problems = checkLanguage(code, english, readStrings(code));
  for (const p of problems) console.log(`${code}/${p.file}: ${p.key}: ${p.message}`);
  console.log(`${code}: ${problems.length === 0 ? 'passes every gate' : `${problems.length} problems`}`);
  count += problems.length;
}
process.exitCode = count === 0 ? 0 : 1;
