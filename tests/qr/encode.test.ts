import { create } from 'qrcode/lib/core/qrcode.js';
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/qr/encode.ts';
import { posterUrl } from '../../src/qr/urls.ts';

// Alphanumeric characters a version holds at level M (ISO/IEC 18004 table 7).
const ALPHANUMERIC_AT_M = [20, 38, 61, 90, 122];

// The smallest version the library accepts the text at, found by forcing each version in turn.
function smallestVersion(text: string, mode: 'alphanumeric' | 'byte', level: 'M' | 'Q' | 'H'): number {
  for (let version = 1; version <= 40; version++) {
    try {
      create([mode === 'byte' ? { data: new TextEncoder().encode(text), mode } : { data: text, mode }], {
        errorCorrectionLevel: level,
        version,
      });
      return version;
    } catch {
      // too small: try the next version
    }
  }
  throw new Error('fits no version');
}

describe('encodeQr', () => {
  it('encodes a poster address in alphanumeric mode, level M, version 3 (39 characters: 38 < 39 ≤ 61)', () => {
    const url = posterUrl('https://safe-surgeries.example', 'F84003');
    expect(url).toHaveLength(39);
    const qr = encodeQr(url);
    expect(qr).toMatchObject({ mode: 'alphanumeric', errorCorrection: 'M', version: 3, size: 29 });
    expect(qr.modules).toHaveLength(29 * 29);
    expect(smallestVersion(url, 'alphanumeric', 'M')).toBe(3);
  });

  it('needs version 3 at Q and 4 at H for the same address', () => {
    const url = 'HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003';
    expect(encodeQr(url, 'Q')).toMatchObject({ version: 3, size: 29, errorCorrection: 'Q' });
    expect(encodeQr(url, 'H')).toMatchObject({ version: 4, size: 33, errorCorrection: 'H' });
  });

  it('picks the smallest version for a long, realistic host', () => {
    const url = posterUrl('https://safe-surgeries.doctors-of-the-world-uk.charity.org.uk', 'G85109');
    expect(url).toHaveLength(70);
    const qr = encodeQr(url);
    expect(qr.mode).toBe('alphanumeric');
    // 61 < 70 ≤ 90
    expect(qr.version).toBe(4);
    expect(qr.version).toBe(smallestVersion(url, 'alphanumeric', 'M'));
  });

  it('chooses the smallest version at every alphanumeric capacity boundary at M', () => {
    ALPHANUMERIC_AT_M.forEach((capacity, i) => {
      expect(encodeQr('A'.repeat(capacity)).version).toBe(i + 1);
      expect(encodeQr('A'.repeat(capacity + 1)).version).toBe(i + 2);
    });
  });

  it('falls back to byte mode (UTF-8) when any character is outside the alphanumeric set', () => {
    const url = 'https://safe-surgeries.example/p/F84003';
    const qr = encodeQr(url);
    expect(qr.mode).toBe('byte');
    expect(qr.version).toBe(smallestVersion(url, 'byte', 'M'));
    expect(encodeQr('عيادة').mode).toBe('byte');
  });

  it('encodes digits in alphanumeric mode too: one segment, one rule', () => {
    expect(encodeQr('0123456789').mode).toBe('alphanumeric');
  });

  it('returns size = 17 + 4 × version and size² modules', () => {
    for (const text of ['A', 'A'.repeat(200), 'x'.repeat(500)]) {
      const qr = encodeQr(text);
      expect(qr.size).toBe(17 + 4 * qr.version);
      expect(qr.modules).toHaveLength(qr.size * qr.size);
      expect(qr.modules.every((m) => typeof m === 'boolean')).toBe(true);
    }
  });

  it('refuses empty text and text too long for any version', () => {
    expect(() => encodeQr('')).toThrow();
    expect(() => encodeQr('x'.repeat(3000))).toThrow();
  });
});
