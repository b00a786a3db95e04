import { describe, expect, it } from 'vitest';
import { filesToSkip, NAVIGATE_FALLBACK_DENYLIST, staffOnlyChunks } from '../src/tools/precache-filter.ts';

describe('the precache holds what a patient needs offline', () => {
  const manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      dynamicImports: ['src/routes/Rights.tsx', 'src/routes/Poster.tsx', 'src/routes/Share.tsx'],
    },
    'src/routes/Rights.tsx': { file: 'assets/Rights.js', imports: ['_Page.js'] },
    'src/routes/Poster.tsx': { file: 'assets/Poster.js', imports: ['_QrImage.js', '_Page.js'], css: ['assets/staff.css'] },
    'src/routes/Share.tsx': { file: 'assets/Share.js', imports: ['_QrImage.js'], css: ['assets/staff.css'] },
    '_QrImage.js': { file: 'assets/QrImage.js', dynamicImports: ['src/qr/index.ts'] },
    '_Page.js': { file: 'assets/Page.js' },
    'src/qr/index.ts': { file: 'assets/qr.js' },
  };
  const urls = [
    'index.html',
    'assets/index.js',
    'assets/Rights.js',
    'assets/Poster.js',
    'assets/qr.js',
    'locales/en/rights.json',
    'locales/en/poster.json',
    'locales/en/share.json',
    'locales/ar/rights.json',
    'locales/ar/translation.json',
    'locales/zh-Hant/card.json',
  ];

  it('skips code only the staff tools import, but not code a patient screen shares with them', () => {
    expect(staffOnlyChunks(manifest).has('_QrImage.js')).toBe(true);
    expect(staffOnlyChunks(manifest).has('_Page.js')).toBe(false);
    expect(staffOnlyChunks(manifest).has('index.html')).toBe(false);
  });

  it("skips other languages' strings and the staff tools, and keeps code and English", () => {
    expect([...filesToSkip(manifest, urls, 'en')].sort()).toEqual([
      'assets/Poster.js',
      'assets/QrImage.js',
      'assets/Share.js',
      'assets/qr.js',
      'assets/staff.css',
      'locales/ar/rights.json',
      'locales/ar/translation.json',
      'locales/en/poster.json',
      'locales/en/share.json',
      'locales/zh-Hant/card.json',
    ]);
  });
});

describe('the navigation fallback', () => {
  const denied = (path: string) => NAVIGATE_FALLBACK_DENYLIST.some((pattern) => pattern.test(path));

  it('opens app pages from the shell even when their query has a dot, as messaging apps add', () => {
    for (const path of ['/p/F84003?fbclid=IwAR3x.Ab_c.d', '/ar/find?utm_source=whatsapp.com', '/card?p=F84003&x=a.b', '/']) {
      expect(denied(path), path).toBe(false);
    }
  });

  it('leaves files and data to the network', () => {
    for (const path of ['/assets/index-abc.js', '/robots.txt', '/data/practices.json?v=1', '/sw.js', '/icon.svg?x=1']) {
      expect(denied(path), path).toBe(true);
    }
  });
});
