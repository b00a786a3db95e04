// Every character QR alphanumeric mode can hold: 11 bits per two characters instead of 16 in byte mode.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** True when every character of `text` is in the QR alphanumeric set (0-9 A-Z space $ % * + - . / :). */
export function isAlphanumeric(text: string): boolean {
  return ALPHANUMERIC.test(text);
}

/**
 * A poster's address, `HTTPS://HOST/P/CODE`, upper-cased whole so it fits alphanumeric mode (a smaller
 * QR code); scheme, host and the app's routes are all case-insensitive, so it opens the same page.
 */
export function posterUrl(origin: string, code: string): string {
  return `${origin.trim().replace(/\/+$/, '')}/P/${code.trim()}`.toUpperCase();
}
