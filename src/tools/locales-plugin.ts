/**
 * Serves the string files from stable URLs, `/locales/{code}/{namespace}.json?v={version}`, instead of
 * one JavaScript chunk per language and file: the first bundle then names no language's files, so it does
 * not grow as languages are added. The build copies each file (minified) into `dist/locales/`; the dev
 * server serves them from `locales/`. `__LOCALES__` gives the app the codes, the right-to-left ones, the
 * namespaces and one version for all (a hash of every file, so an edit fetches anew).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Listed {
  code: string;
  dir: 'ltr' | 'rtl';
}

/** What `__LOCALE_*__` hold (see src/i18n/languages.ts), as lists before they are joined by spaces. */
export interface LocalesDefine {
  codes: string[];
  rtl: string[];
  namespaces: string[];
  version: string;
}

/** The string files to publish: every language's files but English's translation.json, which is bundled. */
export function publishedFiles(dir: string): string[] {
  const codes = (JSON.parse(readFileSync(join(dir, 'languages.json'), 'utf8')) as Listed[]).map((l) => l.code);
  return codes.flatMap((code) =>
    readdirSync(join(dir, code))
      .filter((file) => file.endsWith('.json') && !(code === 'en' && file === 'translation.json'))
      .sort()
      .map((file) => `${code}/${file}`),
  );
}

/** The values of `__LOCALE_*__` for a locales folder. */
export function localesDefine(dir: string): LocalesDefine {
  const languages = JSON.parse(readFileSync(join(dir, 'languages.json'), 'utf8')) as Listed[];
  const hash = createHash('sha256');
  for (const file of publishedFiles(dir)) hash.update(file).update(readFileSync(join(dir, file)));
  return {
    codes: languages.map((l) => l.code),
    rtl: languages.filter((l) => l.dir === 'rtl').map((l) => l.code),
    namespaces: readdirSync(join(dir, 'en'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort(),
    version: hash.digest('hex').slice(0, 10),
  };
}

/** The fields of locales/languages.json the app uses: not how each translation was checked (the tools read that). */
const RUNTIME_FIELDS = ['code', 'name', 'endonym', 'dir', 'status', 'aliases', 'spoken'];

/** `virtual:language-list`: languages.json with only RUNTIME_FIELDS, so lazy chunks carry no checking records. */
export function runtimeLanguageList(dir: string): string {
  const languages = JSON.parse(readFileSync(join(dir, 'languages.json'), 'utf8')) as Record<string, unknown>[];
  const lean = languages.map((l) => Object.fromEntries(Object.entries(l).filter(([key]) => RUNTIME_FIELDS.includes(key))));
  return `export default ${JSON.stringify(lean)};`;
}

const VIRTUAL = 'virtual:language-list';

/** The Vite plugin: the defines, `virtual:language-list`, the dev server's /locales/ route, and the files in the build. */
export function localesPlugin(dir: string): Plugin {
  return {
    name: 'safe-surgeries-locales',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) => (id === `\0${VIRTUAL}` ? runtimeLanguageList(dir) : undefined),
    config() {
      // One constant each: a define is pasted wherever it is named, so one object would be pasted four times.
      const { codes, rtl, namespaces, version } = localesDefine(dir);
      return {
        define: {
          __LOCALE_CODES__: JSON.stringify(codes.join(' ')),
          __LOCALE_RTL__: JSON.stringify(rtl.join(' ')),
          __LOCALE_NAMESPACES__: JSON.stringify(namespaces.join(' ')),
          __LOCALE_VERSION__: JSON.stringify(version),
        },
      };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/locales\/([A-Za-z-]+)\/(\w+)\.json(?:\?.*)?$/.exec(req.url ?? '');
        const path = match ? join(dir, match[1] ?? '', `${match[2]}.json`) : '';
        if (!match || !existsSync(path)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const file of publishedFiles(dir)) {
        const source = JSON.stringify(JSON.parse(readFileSync(join(dir, file), 'utf8')));
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source });
      }
    },
  };
}
