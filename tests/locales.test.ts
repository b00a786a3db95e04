import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, leaves, numbers, PLURAL, pluralCategories, type Tree } from '../src/tools/i18n/gates.ts';
import { readLanguages, readStrings } from '../src/tools/i18n/files.ts';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const SRC = join(import.meta.dirname, '..', 'src');
const languages = readLanguages();
const english = readStrings('en');
const englishFiles = Object.keys(english);
const folders = readdirSync(LOCALES).filter((f) => statSync(join(LOCALES, f)).isDirectory());
/** Languages written right to left (Arabic script) among those the issue lists. */
const RIGHT_TO_LEFT = ['ar', 'fa', 'prs', 'ps', 'ur', 'ckb'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('languages.json', () => {
  it('lists exactly the locale folders, each once', () => {
    expect(languages.map((l) => l.code).sort()).toEqual([...folders].sort());
    expect(new Set(languages.map((l) => l.code)).size).toBe(languages.length);
  });

  it.each(languages.map((l) => [l.code, l] as const))(
    'describes %s fully: names, direction, script, status and how it was checked',
    (code, language) => {
      expect(language.name.trim()).not.toBe('');
      expect(language.endonym.trim()).not.toBe('');
      expect(language.script.trim()).not.toBe('');
      expect(language.dir).toBe(RIGHT_TO_LEFT.includes(code) ? 'rtl' : 'ltr');
      expect(['source', 'reviewed', 'draft']).toContain(language.status);
      if (language.status === 'source') expect(code).toBe('en');
      if (language.status !== 'source') {
        expect(language.check?.method, code).toMatch(/\S/);
        expect(language.check?.date, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // Nothing is "reviewed" without a named fluent reviewer and a date.
      if (language.status === 'reviewed') {
        expect(language.review?.reviewer, code).toMatch(/\S/);
        expect(language.review?.date, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else expect(language.review, code).toBeUndefined();
    },
  );

  it("gives each language's own name in its own strings (the header shows it)", () => {
    for (const language of languages) {
      const app = (readStrings(language.code)['translation.json']?.app ?? {}) as Tree;
      expect(app.languageName, language.code).toBe(language.endonym);
    }
  });
});

describe.each(languages.filter((l) => l.code !== 'en').map((l) => l.code))('the %s translation', (code) => {
  const translated = readStrings(code);

  it('has exactly the string files English has', () => {
    expect(Object.keys(translated).sort()).toEqual([...englishFiles].sort());
  });

  it.each(englishFiles)(
    'passes every gate in %s: keys, plurals, placeholders, numbers, no markup, nothing left in English',
    (file) => {
      expect(checkFile(code, file, english[file] ?? {}, translated[file] ?? {})).toEqual([]);
    },
  );
});

describe('the gates themselves', () => {
  const en: Tree = {
    a: 'Call {{number}} within 14 days',
    n_one: '{{count}} practice',
    n_other: '{{count}} practices',
    name: 'Safe Surgeries',
  };

  it('pass a faithful translation with the plural forms Polish needs', () => {
    const pl: Tree = {
      a: 'Zadzwoń {{number}} w ciągu 14 dni',
      n_one: '{{count}} przychodnia',
      n_few: '{{count}} przychodnie',
      n_many: '{{count}} przychodni',
      n_other: '{{count}} przychodni',
      name: 'Bezpieczne',
    };
    expect(pluralCategories('pl')).toEqual(['few', 'many', 'one', 'other']);
    expect(checkFile('pl', 'x.json', en, pl)).toEqual([]);
  });

  it('catch a missing key, a lost placeholder, a changed number, markup, an untranslated string and a missing plural form', () => {
    const bad: Tree = {
      a: 'Call <b>now</b> within 15 days',
      n_one: '{{count}} practice',
      n_other: '{{count}} practices',
      extra: 'x',
    };
    const messages = checkFile('ar', 'x.json', en, bad).map((p) => `${p.key}: ${p.message.split(' ')[0]}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: missing',
        'n_zero: missing',
        'n_two: missing',
        'n_few: missing',
        'n_many: missing',
        'a: placeholders',
        'a: contains',
        'a: numbers',
        'extra: not',
        'n_other: identical',
      ]),
    );
  });

  it('read numbers in any of our scripts as the same number, and phone numbers in groups as one', () => {
    expect(numbers('اتصل على ٠٨٠٨ ١٦٤٧ ٦٨٦ خلال ١٤ يومًا')).toEqual(numbers('Call 0808 1647 686 within 14 days'));
    expect(numbers('১৪ দিন')).toEqual(['14']);
  });

  it('find plural keys by their suffix', () => {
    expect(
      leaves(en)
        .map(([k]) => k)
        .filter((k) => PLURAL.test(k)),
    ).toEqual(['n_one', 'n_other']);
  });
});

it('uses every English key somewhere in the app (no dead strings for translators)', () => {
  const source = sourceFiles(SRC)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const unused = englishFiles.flatMap((file) => {
    const ns = file.replace(/\.json$/, '');
    return leaves(english[file] ?? {})
      .map(([key]) => key.replace(PLURAL, ''))
      .map((key) => (ns === 'translation' ? key : `${ns}:${key}`))
      .filter((key) => !source.includes(`'${key}'`));
  });
  expect(unused).toEqual([]);
});
