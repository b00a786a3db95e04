import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/qr/encode.ts';
import { qrSvg } from '../../src/qr/svg.ts';
import { posterUrl } from '../../src/qr/urls.ts';
import { decode, pixels, scanSvg, seeded, svgToPng } from './scan.ts';

const ORIGIN = 'https://safe-surgeries.example';

// Shifts every pixel's shade by a uniform random amount in ±amplitude/2 (the alpha channel untouched).
function addNoise(data: Uint8ClampedArray, amplitude: number, random: () => number): void {
  for (let i = 0; i < data.length; i += 4) {
    const noise = Math.round((random() - 0.5) * amplitude);
    for (let c = 0; c < 3; c++) data[i + c] = (data[i + c] ?? 0) + noise;
  }
}
const URL_F84003 = posterUrl(ORIGIN, 'F84003');

describe('a rendered QR code scans back (rasterised by sharp, decoded by jsQR)', () => {
  it.each([
    ['a poster address', URL_F84003],
    ['a long host', posterUrl('https://safe-surgeries.doctors-of-the-world-uk.charity.org.uk', 'G85109')],
    ['lower-case text in byte mode', 'https://safe-surgeries.example/ar/p/F84003'],
    ['UTF-8 text in byte mode', 'عيادة آمنة — Safe Surgery é'],
  ])('%s', async (_, text) => {
    for (const level of ['M', 'Q', 'H'] as const) {
      expect(await scanSvg(qrSvg(encodeQr(text, level)))).toBe(text);
    }
  });

  it('scaled down to about 3 px per module', async () => {
    const qr = encodeQr(URL_F84003);
    const side = (qr.size + 8) * 3;
    expect(await scanSvg(qrSvg(qr), (image) => image.resize(side, side))).toBe(URL_F84003);
    // and drawn at 3 px per module directly
    expect(await scanSvg(qrSvg(qr, { pixelsPerModule: 3 }))).toBe(URL_F84003);
  });

  it('blurred', async () => {
    const svg = qrSvg(encodeQr(URL_F84003));
    expect(await scanSvg(svg, (image) => image.blur(1))).toBe(URL_F84003);
    expect(await scanSvg(svg, (image) => image.blur(3))).toBe(URL_F84003);
  });

  // Noise on every pixel's shade, as a camera gives. Not salt-and-pepper: jsQR reads one pixel per module,
  // so a single flipped pixel in a 10 px module already flips the module, which no camera image does.
  it('with random pixel noise of ±80 grey levels (seeded, so the same every run)', async () => {
    const image = await pixels(await svgToPng(qrSvg(encodeQr(URL_F84003))));
    addNoise(image.data, 160, seeded(0x5afe));
    expect(decode(image)).toBe(URL_F84003);
  });

  it('blurred, shrunk to 4 px per module and noisy at once', async () => {
    const qr = encodeQr(URL_F84003);
    const side = (qr.size + 8) * 4;
    const image = await pixels(await svgToPng(qrSvg(qr), (png) => png.blur(1).resize(side, side)));
    addNoise(image.data, 60, seeded(42));
    expect(decode(image)).toBe(URL_F84003);
  });

  it.each([
    ['M', 7],
    ['H', 12],
  ] as const)(
    'at level %s, with a %i-module-square blot wiped out of the middle (error correction at work)',
    async (level, blot) => {
      const qr = encodeQr(URL_F84003, level);
      const at = Math.floor((qr.size - blot) / 2);
      const inBlot = (i: number) => [i % qr.size, Math.floor(i / qr.size)].every((v) => v >= at && v < at + blot);
      const modules = qr.modules.map((dark, i) => dark && !inBlot(i));
      expect(modules).not.toEqual(qr.modules);
      expect(await scanSvg(qrSvg({ ...qr, modules }))).toBe(URL_F84003);
    },
  );

  it('every ODS code inside a poster address round-trips through SVG, PNG and jsQR', async () => {
    const code = fc.oneof(fc.stringMatching(/^[A-Z][0-9]{5}$/), fc.stringMatching(/^[A-Z][0-9A-Z]{4,5}$/));
    await fc.assert(
      fc.asyncProperty(code, async (ods) => {
        const url = posterUrl(ORIGIN, ods);
        const qr = encodeQr(url);
        expect(qr.mode).toBe('alphanumeric');
        expect(await scanSvg(qrSvg(qr, { pixelsPerModule: 4 }))).toBe(url);
      }),
      { numRuns: 25 },
    );
  });

  it('sanity: a blank image decodes to nothing', async () => {
    const png = await sharp({ create: { width: 100, height: 100, channels: 4, background: '#ffffff' } })
      .png()
      .toBuffer();
    expect(decode(await pixels(png))).toBeNull();
  });
});
