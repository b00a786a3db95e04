import { describe, expect, it } from 'vitest';
import { languageChunks } from '../src/tools/precache-filter.ts';

describe('the precache keeps only the source language\'s strings', () => {
  const manifest = {
    'index.html': { file: 'assets/index.js' },
    'src/routes/Rights.tsx': { file: 'assets/Rights.js' },
    'locales/en/rights.json': { file: 'assets/rights-en.js' },
    'locales/ar/rights.json': { file: 'assets/rights-ar.js' },
    'locales/ar/translation.json': { file: 'assets/translation-ar.js' },
    'locales/languages.json': { file: 'assets/languages.js' },
  };

  it('names every other language\'s string chunk, and no code or English chunk', () => {
    expect([...languageChunks(manifest, 'en')].sort()).toEqual(['assets/rights-ar.js', 'assets/translation-ar.js']);
  });
});
