import jsQR from 'jsqr';
import sharp, { type Sharp } from 'sharp';

/** A deterministic pseudo-random source (mulberry32), so noisy images are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rasterises an SVG document to PNG with sharp, optionally changing the image on the way (resize, blur). */
export async function svgToPng(svg: string, change: (image: Sharp) => Sharp = (image) => image): Promise<Buffer> {
  // Flattened on white: the PNG a printer or a screenshot would give.
  return change(sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }))
    .png()
    .toBuffer();
}

/** The RGBA pixels of a PNG. */
export async function pixels(png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** Decodes a QR code from RGBA pixels with jsQR (an independent decoder); null when it finds none. */
export function decode({ data, width, height }: { data: Uint8ClampedArray; width: number; height: number }): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Renders, rasterises and decodes an SVG document in one go. */
export async function scanSvg(svg: string, change?: (image: Sharp) => Sharp): Promise<string | null> {
  return decode(await pixels(await svgToPng(svg, change)));
}
