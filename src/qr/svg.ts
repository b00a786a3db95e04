import type { QrCode } from './encode.ts';

/** Light modules the QR specification asks for around the symbol, on each side. */
export const QUIET_ZONE = 4;

// The XML namespace name a standalone SVG needs: an identifier, never fetched.
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * One SVG path of the dark modules, each horizontal run one rectangle, offset by the quiet zone;
 * `viewBox` is the side of the square it is drawn in (size + 2 × quiet zone).
 */
export function qrPath(qr: QrCode, quietZone = QUIET_ZONE): { viewBox: number; d: string } {
  const parts: string[] = [];
  for (let y = 0; y < qr.size; y++) {
    let x = 0;
    while (x < qr.size) {
      if (!qr.modules[y * qr.size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < qr.size && qr.modules[y * qr.size + x]) x++;
      const run = x - start;
      parts.push(`M${start + quietZone} ${y + quietZone}h${run}v1h-${run}z`);
    }
  }
  return { viewBox: qr.size + 2 * quietZone, d: parts.join('') };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A standalone SVG document of the code: white background, black modules, crisp edges, sized
 * viewBox × pixelsPerModule (default 10), with a <title> when given. No style attributes (strict CSP).
 */
export function qrSvg(qr: QrCode, options: { quietZone?: number; title?: string; pixelsPerModule?: number } = {}): string {
  const { viewBox, d } = qrPath(qr, options.quietZone ?? QUIET_ZONE);
  const side = viewBox * (options.pixelsPerModule ?? 10);
  const title = options.title === undefined ? '' : `<title>${escapeXml(options.title)}</title>`;
  return (
    `<svg xmlns="${SVG_NS}" viewBox="0 0 ${viewBox} ${viewBox}" width="${side}" height="${side}" shape-rendering="crispEdges">` +
    `${title}<rect width="${viewBox}" height="${viewBox}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}
