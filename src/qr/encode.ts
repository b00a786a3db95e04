import { create } from 'qrcode/lib/core/qrcode.js';
import { isAlphanumeric } from './urls.ts';

/** A QR segment's encoding mode. */
export type QrMode = 'numeric' | 'alphanumeric' | 'byte' | 'kanji';

/** A QR symbol as plain data: what a renderer needs, nothing of the encoder. */
export interface QrCode {
  /** 1..40 */
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, size × size, true = dark. */
  modules: boolean[];
  /** The single segment's mode. */
  mode: QrMode;
  errorCorrection: 'L' | 'M' | 'Q' | 'H';
}

/**
 * Encodes `text` as one segment (alphanumeric when it can be, otherwise UTF-8 bytes) in the smallest
 * version that holds it at the error-correction level (default M). Throws on empty or oversized text.
 */
export function encodeQr(text: string, errorCorrection: 'M' | 'Q' | 'H' = 'M'): QrCode {
  if (text === '') throw new Error('A QR code needs some text to encode');
  // One segment, not the library's mixed-mode optimiser: it would split a URL into byte and
  // alphanumeric runs for a few bits, and the screens report one mode per code.
  const segment = isAlphanumeric(text)
    ? ({ data: text, mode: 'alphanumeric' } as const)
    : ({ data: new TextEncoder().encode(text), mode: 'byte' } as const);
  const symbol = create([segment], { errorCorrectionLevel: errorCorrection });
  const { size, data } = symbol.modules;
  return {
    version: symbol.version,
    size,
    modules: Array.from(data, (bit) => bit !== 0),
    mode: segment.mode,
    errorCorrection,
  };
}
