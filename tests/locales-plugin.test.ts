import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localesDefine, publishedFiles, runtimeLanguageList } from '../src/tools/locales-plugin.ts';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const copies: string[] = [];
function copyOfLocales(): string {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  cpSync(LOCALES, dir, { recursive: true });
  copies.push(dir);
  return dir;
}
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('string files are published from stable URLs', () => {
  it("publishes every language's files but English's bundled shell strings", () => {
    const files = publishedFiles(LOCALES);
    expect(files).toContain('ar/translation.json');
    expect(files).toContain('en/rights.json');
    expect(files).not.toContain('en/translation.json');
  });

  it('gives the first bundle only codes, right-to-left codes, namespaces and one version', () => {
    const define = localesDefine(LOCALES);
    expect(define.codes[0]).toBe('en');
    expect(define.rtl).toContain('ar');
    expect(define.rtl).not.toContain('en');
    expect(define.namespaces).toContain('rights');
    expect(define.version).toMatch(/^[0-9a-f]{10}$/);
  });

  it('changes the version when any string changes, so no cache serves an old one', () => {
    const dir = copyOfLocales();
    const before = localesDefine(dir).version;
    writeFileSync(join(dir, 'ar', 'pwa.json'), '{"changed": "yes"}');
    expect(localesDefine(dir).version).not.toBe(before);
  });

  it("leaves how each translation was checked out of the app's language list", () => {
    const list = JSON.parse(
      runtimeLanguageList(LOCALES)
        .replace(/^export default /, '')
        .replace(/;$/, ''),
    ) as Record<string, unknown>[];
    expect(list.find((l) => l.code === 'ar')).toMatchObject({ endonym: 'العربية', dir: 'rtl', status: 'draft' });
    expect(list.some((l) => 'check' in l || 'script' in l)).toBe(false);
  });
});
