import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** Every import in the app (not src/tools/): the importing file (relative to src/), what it names, and whether it is type-only. */
function imports(): { file: string; spec: string; target: string; typeOnly: boolean }[] {
  return files(SRC, /\.tsx?$/)
    .filter((f) => !relative(SRC, f).startsWith('tools/'))
    .flatMap((f) =>
      [
        ...readFileSync(f, 'utf8').matchAll(
          /^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
        ),
      ].map((m) => {
        const spec = m[2] ?? m[3] ?? '';
        const target = spec.startsWith('.') ? relative(SRC, join(f, '..', spec)) : spec;
        return { file: relative(SRC, f), spec, target, typeOnly: !!m[1] };
      }),
    );
}

describe('imports run one way', () => {
  const all = imports();

  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((i) => i.target === 'i18next')).toBe(true);
  });

  it('components never import routes (screens use components, not the other way round)', () => {
    expect(all.filter((i) => i.file.startsWith('components/') && i.target.startsWith('routes/'))).toEqual([]);
  });

  it('only src/i18n imports i18next at run time (screens go through t, fixedT and Key)', () => {
    expect(all.filter((i) => i.target === 'i18next' && !i.typeOnly && !i.file.startsWith('i18n/'))).toEqual([]);
  });

  it('app code never imports src/tools (Node commands)', () => {
    expect(all.filter((i) => i.target.startsWith('tools/'))).toEqual([]);
  });

  it('directory, router, share and content never import screens or components', () => {
    const pure = ['directory/', 'router/', 'share/', 'content/'];
    expect(all.filter((i) => pure.some((p) => i.file.startsWith(p)) && /^(routes|components)\//.test(i.target))).toEqual([]);
  });

  it('English as a language code is SOURCE_LANGUAGE, not \'en\', outside src/i18n (lang="en" marks English text)', () => {
    const offenders = files(SRC, /\.tsx?$/)
      .filter((f) => !/^(i18n|tools)\//.test(relative(SRC, f)) && relative(SRC, f) !== 'pwa/manifest.ts')
      .filter((f) => /(?<![lL]ang=)['"`]en['"`]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});

describe('the house rules hold', () => {
  it('only src/pwa/ imports virtual:pwa-register', () => {
    const importers = files(SRC, /\.tsx?$/)
      .filter((f) => /from ['"]virtual:pwa-register/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !f.startsWith('pwa/'))).toEqual([]);
  });

  it('CSS uses logical properties only, so right-to-left needs no special cases', () => {
    const physical =
      /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right|top|bottom)\b|(?:^|[\s;{])(?:left|right|top|bottom)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/m;
    const offenders = files(SRC, /\.css$/).flatMap((f) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
        .split('\n')
        .map((line, i) => [`${relative(SRC, f)}:${i + 1}`, line] as const)
        .filter(([, line]) => physical.test(line))
        .map(([where, line]) => `${where}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the app names no other origin except the links people may tap, the sources it cites (src/content/) and where Quick exit goes (site.ts)', () => {
    const app = files(SRC, /\.(tsx?|css)$/).filter(
      (f) => !relative(SRC, f).startsWith('tools/') && !relative(SRC, f).startsWith('content/') && relative(SRC, f) !== 'site.ts',
    );
    // XML namespace names (http://www.w3.org/...) are identifiers, never fetched.
    const names = (f: string) => readFileSync(f, 'utf8').replace(/http:\/\/www\.w3\.org\/[\w/.-]*/g, '');
    const offenders = app.filter((f) => /\bhttps?:\/\//.test(names(f))).map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
