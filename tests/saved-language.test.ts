// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSavedLanguage, setSavedLanguage } from '../src/i18n/saved-language.ts';

describe('the saved language choice', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('is remembered in one localStorage key and nothing else', () => {
    setSavedLanguage('ar');
    expect(getSavedLanguage()).toBe('ar');
    expect(Object.keys(localStorage)).toEqual(['safe-surgeries:language']);
  });

  it('is null before any choice', () => {
    expect(getSavedLanguage()).toBeNull();
  });

  it('fails quietly where storage throws (private modes, storage disabled)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => setSavedLanguage('ar')).not.toThrow();
    expect(getSavedLanguage()).toBeNull();
  });
});
