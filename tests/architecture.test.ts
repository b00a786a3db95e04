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
