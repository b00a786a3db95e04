import jsQR from 'jsqr';
import sharp from 'sharp';

/** Decodes a QR code from a PNG screenshot with jsQR, an independent decoder. */
export async function decodeQrPng(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}
