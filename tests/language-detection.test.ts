import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLanguage, resolveLanguage } from '../src/i18n/detect.ts';
import { phoneLanguages } from '../src/i18n/language-search.ts';

const SUPPORTED = ['en', 'ar', 'pt', 'prs', 'fa'];

describe('matchLanguage finds the best language for a phone setting', () => {
  it.each([
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['AR-eg', 'ar'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['fa-AF', 'prs'],
    ['fa-IR', 'fa'],
    ['fa', 'fa'],
    ['en-GB', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(matchLanguage(tag, SUPPORTED)).toBe(expected);
  });

  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['ku', 'kmr'],
    ['ku-TR', 'kmr'],
    ['ku-Arab-IQ', 'ckb'],
    ['ckb-IQ', 'ckb'],
    ['pa-IN', 'pa'],
    ['pa-Guru', 'pa'],
    ['pa-PK', null],
    ['pa-Arab', null],
    ['fa-AF', 'prs'],
    ['prs', 'prs'],
  ])('with all 35 languages: %s → %s', (tag, expected) => {
    const all = ['en', 'ar', 'fa', 'prs', 'ps', 'ur', 'ckb', 'kmr', 'zh-Hans', 'zh-Hant', 'pa', 'bn'];
    expect(matchLanguage(tag, all)).toBe(expected);
  });

  it('falls back from Hong Kong to Simplified Chinese only when Traditional is missing, never from Shahmukhi to Urdu', () => {
    expect(matchLanguage('zh-HK', ['en', 'zh-Hans'])).toBe('zh-Hans');
    expect(matchLanguage('pa-PK', ['en', 'ur', 'pa'])).toBeNull();
    expect(resolveLanguage({ fromUrl: null, saved: null, preferred: ['pa-PK', 'en-GB'] }, ['en', 'ur', 'pa'], 'en')).toBe('en');
  });

  it('lists the phone languages we speak, best first, each once', () => {
    expect(phoneLanguages(['fa-AF', 'fa-IR', 'en-GB', 'xx', 'en-US'], ['en', 'fa', 'prs'])).toEqual(['prs', 'fa', 'en']);
  });

  it('sends Afghan Persian to Persian when the app has no Dari yet', () => {
    expect(matchLanguage('fa-AF', ['en', 'fa'])).toBe('fa');
  });

  it('answers a supported code or null for any string, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'fa-AF-x', '-', '')), (tag) => {
        const match = matchLanguage(tag, SUPPORTED);
        expect(match === null || SUPPORTED.includes(match)).toBe(true);
      }),
    );
  });

  it('returns null for languages the app does not speak, and for junk', () => {
    expect(matchLanguage('sw-KE', SUPPORTED)).toBeNull();
    expect(matchLanguage('', SUPPORTED)).toBeNull();
    expect(matchLanguage('x'.repeat(100), SUPPORTED)).toBeNull();
  });
});

describe('resolveLanguage follows URL, then saved choice, then the phone, then English', () => {
  const none = { fromUrl: null, saved: null, preferred: [] as string[] };

  it('lets the URL prefix win over everything', () => {
    expect(resolveLanguage({ fromUrl: 'ar', saved: 'pt', preferred: ['fa'] }, SUPPORTED, 'en')).toBe('ar');
  });

  it('uses the saved choice when the URL has no prefix', () => {
    expect(resolveLanguage({ ...none, saved: 'pt', preferred: ['ar'] }, SUPPORTED, 'en')).toBe('pt');
  });

  it('ignores a saved choice the app no longer speaks', () => {
    expect(resolveLanguage({ ...none, saved: 'xx', preferred: ['ar-SY'] }, SUPPORTED, 'en')).toBe('ar');
  });

  it('takes the first of the phone languages the app speaks', () => {
    expect(resolveLanguage({ ...none, preferred: ['ti-ER', 'ar-SY', 'en-GB'] }, SUPPORTED, 'en')).toBe('ar');
  });

  it('falls back to English', () => {
    expect(resolveLanguage({ ...none, preferred: ['ti-ER'] }, SUPPORTED, 'en')).toBe('en');
  });
});
