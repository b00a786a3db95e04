/**
 * How long a text message is and how many SMS it is sent as.
 * Empty text counts as one (empty) message, so a screen can always say "1 SMS" and show 160 left.
 */
export interface SmsSize {
  /** GSM-7 when every character is in the GSM 03.38 alphabet or its extension table, else UCS-2. */
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2). */
  units: number;
  /** Messages the text is sent as (at least 1). */
  parts: number;
  /** Units one message holds: 160/70 for a single message, 153/67 per part once split. */
  perPart: number;
  /** Units still free in the last message. */
  remaining: number;
}

// GSM 03.38 basic alphabet, without ESC (0x1B), which only introduces the extension table.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// Sent as ESC + character, so each costs two septets.
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

const LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const;

// Units per character (code point), or null when a character is outside GSM-7.
function gsmCosts(chars: string[]): number[] | null {
  const costs: number[] = [];
  for (const char of chars) {
    if (GSM_BASIC.has(char)) costs.push(1);
    else if (GSM_EXTENSION.has(char)) costs.push(2);
    else return null;
  }
  return costs;
}

/** The encoding, length and number of parts of an SMS carrying `text`. */
export function smsSize(text: string): SmsSize {
  const chars = Array.from(text);
  const gsm = gsmCosts(chars);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  // Array.from walks code points, so an emoji outside the BMP is one item of two units.
  const costs = gsm ?? chars.map((char) => char.length);
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const { single, multi } = LIMITS[encoding];
  if (units <= single) return { encoding, units, parts: 1, perPart: single, remaining: single - units };
  // Phones never split an escape sequence or a surrogate pair across parts, so a character that does
  // not fit starts the next part and may leave a unit unused.
  let parts = 1;
  let filled = 0;
  for (const cost of costs) {
    if (filled + cost > multi) {
      parts++;
      filled = 0;
    }
    filled += cost;
  }
  return { encoding, units, parts, perPart: multi, remaining: multi - filled };
}
