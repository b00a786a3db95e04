import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compressedSizes, screenFiles, screenStrings, staticClosure } from '../src/tools/check-budget.ts';

describe('the size budget counts what Home really loads', () => {
  const manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared.js', imports: ['_vendor.js'] },
    '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
    'src/routes/About.tsx': { file: 'assets/About.js', imports: ['_shared.js'] },
  };

  it('follows static imports transitively, once each, and leaves lazy chunks out', () => {
    expect(staticClosure(manifest, 'index.html')).toEqual(['assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
  });

  it('counts the string files the practice screen declares, read from its source', () => {
    const practice = readFileSync(new URL('../src/routes/Practice.tsx', import.meta.url), 'utf8');
    expect(screenStrings(practice)).toEqual(['practice']);
    expect(screenStrings("export const STRINGS: Namespace[] = ['poster', 'practice', 'share'];")).toEqual([
      'poster',
      'practice',
      'share',
    ]);
    expect(() => screenStrings('export const X = 1;')).toThrow(/no STRINGS/);
  });

  it('fails loudly on a manifest that names a missing chunk', () => {
    expect(() => staticClosure({ a: { file: 'a.js', imports: ['b'] } }, 'a')).toThrow(/no chunk "b"/);
  });

  it('measures compressed sizes smaller than raw for repetitive text', () => {
    const size = compressedSizes(Buffer.from('safe surgeries '.repeat(200)));
    expect(size.raw).toBe(3000);
    expect(size.gzip).toBeLessThan(200);
    expect(size.brotli).toBeLessThan(200);
  });
});

describe("a screen's extra files", () => {
  it('are its chunk, its static imports and its strings, minus what Home already loaded', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js' },
      'src/routes/Practice.tsx': { file: 'assets/Practice.js', imports: ['_shared.js', '_search.js'] },
      '_search.js': { file: 'assets/search.js' },
      'locales/en/practice.json': { file: 'assets/practice.js' },
    };
    const home = staticClosure(manifest, 'index.html');
    expect(screenFiles(manifest, ['src/routes/Practice.tsx', 'locales/en/practice.json'], home)).toEqual([
      'assets/Practice.js',
      'assets/search.js',
      'assets/practice.js',
    ]);
  });
});
