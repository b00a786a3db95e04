import { describe, expect, it } from 'vitest';
import { isAlphanumeric, posterUrl } from '../../src/qr/urls.ts';

describe('posterUrl', () => {
  it('upper-cases the whole address so it fits alphanumeric mode', () => {
    const url = posterUrl('https://safe-surgeries.example', 'f84003');
    expect(url).toBe('HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003');
    expect(isAlphanumeric(url)).toBe(true);
  });

  it('drops trailing slashes from the origin and spaces around either part', () => {
    expect(posterUrl('https://safe-surgeries.example/', 'F84003')).toBe('HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003');
    expect(posterUrl(' HTTPS://Safe-Surgeries.Example// ', ' g85109 ')).toBe('HTTPS://SAFE-SURGERIES.EXAMPLE/P/G85109');
  });

  it('keeps a port, which is still alphanumeric', () => {
    const url = posterUrl('http://127.0.0.1:4173', 'F84003');
    expect(url).toBe('HTTP://127.0.0.1:4173/P/F84003');
    expect(isAlphanumeric(url)).toBe(true);
  });
});

describe('isAlphanumeric', () => {
  it('accepts exactly the 45 characters of the QR alphanumeric set', () => {
    const set = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    expect(set).toHaveLength(45);
    expect(isAlphanumeric(set)).toBe(true);
    const others = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).filter((c) => !set.includes(c));
    expect(others.filter((c) => isAlphanumeric(c))).toEqual([]);
  });

  it('rejects lower case, an underscore, a query and non-Latin text', () => {
    for (const text of ['https://x.example', 'A_B', 'HTTPS://X.EXAMPLE/P/F84003?LANG=AR', 'ب', 'É']) {
      expect(isAlphanumeric(text)).toBe(false);
    }
  });
});
