/** QR codes for posters: encode text, then draw it as an SVG path or a standalone SVG document. */
export { encodeQr, type QrCode, type QrMode } from './encode.ts';
export { QUIET_ZONE, qrPath, qrSvg } from './svg.ts';
export { isAlphanumeric, posterUrl } from './urls.ts';
