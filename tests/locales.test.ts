import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import languages from '../locales/languages.json';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const SRC = join(import.meta.dirname, '..', 'src');
type Tree = { [key: string]: string | Tree };

function read(code: string, file: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')) as Tree;
}

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** i18next plural suffixes, chosen per language by Intl.PluralRules. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBases = (keys: Iterable<string>) => [...new Set([...keys].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const englishFiles = readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json'));
const folders = readdirSync(LOCALES).filter((f) => statSync(join(LOCALES, f)).isDirectory());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('languages.json lists exactly the locale folders, each once, with a direction and a status', () => {
    expect(languages.map((l) => l.code).sort()).toEqual([...folders].sort());
    for (const language of languages) {
      expect(['ltr', 'rtl']).toContain(language.dir);
      expect(['source', 'reviewed', 'draft']).toContain(language.status);
      expect(language.endonym.trim()).not.toBe('');
    }
  });

  describe.each(languages.filter((l) => l.code !== 'en').map((l) => l.code))('%s', (code) => {
    it.each(englishFiles)('has %s with exactly the English keys, none empty, with the same placeholders', (file) => {
      const english = new Map(leaves(read('en', file)));
      const translated = new Map(leaves(read(code, file)));
      const singular = (keys: Iterable<string>) => [...keys].filter((k) => !PLURAL.test(k)).sort();
      expect(singular(translated.keys())).toEqual(singular(english.keys()));
      expect(pluralBases(translated.keys())).toEqual(pluralBases(english.keys()));
      for (const [key, text] of translated) {
        expect(text.trim(), `${code}/${file}: ${key} is empty`).not.toBe('');
        const source = english.get(key.replace(PLURAL, '_other')) ?? '';
        // A plural form may leave the number out ("one clinic"); every other string keeps every placeholder.
        if (PLURAL.test(key) && !key.endsWith('_other')) {
          expect(placeholders(source), `${code}/${file}: ${key}`).toEqual(expect.arrayContaining(placeholders(text)));
        } else {
          expect(placeholders(text), `${code}/${file}: ${key}`).toEqual(placeholders(source));
        }
      }
    });

    it.each(englishFiles)('has every plural form its language needs in %s (Intl.PluralRules)', (file) => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const keys = [...new Map(leaves(read(code, file))).keys()];
      for (const base of pluralBases(keys)) {
        const forms = keys.filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => k.split('_').pop());
        expect(forms.sort(), `${code}/${file}: ${base}`).toEqual([...categories].sort());
      }
    });

    it('has no string file that English lacks', () => {
      expect(readdirSync(join(LOCALES, code)).sort()).toEqual([...englishFiles].sort());
    });
  });

  it('uses every English key somewhere in the app (no dead strings for translators)', () => {
    const source = sourceFiles(SRC)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = englishFiles.flatMap((file) => {
      const ns = file.replace(/\.json$/, '');
      return leaves(read('en', file))
        .map(([key]) => key.replace(PLURAL, ''))
        .map((key) => (ns === 'translation' ? key : `${ns}:${key}`))
        .filter((key) => !source.includes(`'${key}'`));
    });
    expect(unused).toEqual([]);
  });
});
