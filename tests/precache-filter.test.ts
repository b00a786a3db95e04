import { describe, expect, it } from 'vitest';
import { chunksToSkip } from '../src/tools/precache-filter.ts';

describe('the precache holds what a patient needs offline', () => {
  const manifest = {
    'index.html': { file: 'assets/index.js' },
    'src/routes/Rights.tsx': { file: 'assets/Rights.js' },
    'src/routes/Poster.tsx': { file: 'assets/Poster.js' },
    'src/qr/index.ts': { file: 'assets/qr.js' },
    'locales/en/rights.json': { file: 'assets/rights-en.js' },
    'locales/en/poster.json': { file: 'assets/poster-en.js' },
    'locales/ar/rights.json': { file: 'assets/rights-ar.js' },
    'locales/ar/translation.json': { file: 'assets/translation-ar.js' },
    'locales/languages.json': { file: 'assets/languages.js' },
  };

  it('skips other languages\' strings and the staff tools, and keeps code and English', () => {
    expect([...chunksToSkip(manifest, 'en')].sort()).toEqual([
      'assets/Poster.js',
      'assets/poster-en.js',
      'assets/qr.js',
      'assets/rights-ar.js',
      'assets/translation-ar.js',
    ]);
  });
});
