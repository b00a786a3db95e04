import { isValid, parse, validOutcode } from 'postcode';

/** An area key to look up: a sector ("E5 8") or a district, i.e. an outcode ("E5"). */
export interface AreaKey {
  level: 'sector' | 'district';
  key: string;
}

/** What a person typed in the postcode box, understood. */
export type PostcodeQuery =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  /**
   * A Northern Ireland (BT) postcode: no positions there, so practices are matched by district; `districts`
   * are the ones it may mean, best first ("BT71" is district BT71 or sector BT7 1). The rules there differ.
   */
  | { kind: 'northernIreland'; label: string; districts: string[] }
  /** Isle of Man, Jersey or Guernsey: outside the NHS in the UK. */
  | { kind: 'crownDependency'; label: string }
  /** A full postcode, or a part of one: the keys to try, best first. */
  | { kind: 'postcode'; label: string; full: boolean; keys: AreaKey[] };

const CROWN_DEPENDENCIES = new Set(['IM', 'JE', 'GY']);

/** The ASCII digit for a decimal digit of any script (Arabic-Indic ٣, Persian ۳, Devanagari ३…). */
function asciiDigit(digit: string): string {
  const point = digit.codePointAt(0) ?? 0;
  // Unicode keeps each script's digits together, 0 to 9: the value is the distance from that run's start.
  let zero = point;
  while (zero > point - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((point - zero) % 10);
}

/**
 * Text as a postcode can be read from it: full-width and other compatibility forms folded (NFKC), the
 * invisible format characters that text copied from Arabic or Persian carries (direction marks, joiners)
 * removed, and digits of every script made ASCII.
 */
export function foldPostcodeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Nd}/gu, asciiDigit);
}

/**
 * Reads a postcode as people type it: full (`e58by`, `E5 8BY`), sector (`E5 8`), district (`E5`),
 * in any case and with stray spaces. Without a space, `E58` may be a district or the sector `E5 8`,
 * so both are returned for the directory to decide. Pasted or typed in a right-to-left script, it reads the same.
 */
export function parsePostcodeQuery(raw: string): PostcodeQuery {
  const cleaned = foldPostcodeText(raw).trim().toUpperCase().replace(/\s+/g, ' ');
  const compact = cleaned.replace(/ /g, '');
  if (!compact) return { kind: 'empty' };
  if (!/^[A-Z][A-Z0-9]{1,7}$/.test(compact)) return { kind: 'invalid' };

  const area = /^[A-Z]+/.exec(compact)?.[0] ?? '';
  const query = isValid(compact) ? fullPostcode(compact) : partialPostcode(cleaned, compact);
  if (query.kind !== 'postcode') return query;
  if (area === 'BT') {
    const districts = [...new Set(query.keys.map(({ key }) => key.split(' ')[0] ?? key))];
    return { kind: 'northernIreland', label: query.label, districts };
  }
  if (CROWN_DEPENDENCIES.has(area)) return { kind: 'crownDependency', label: query.label };
  return query;
}

function fullPostcode(compact: string): PostcodeQuery {
  const postcode = parse(compact);
  if (!postcode.valid) return { kind: 'invalid' };
  const keys: AreaKey[] = [
    { level: 'sector', key: postcode.sector },
    { level: 'district', key: postcode.outcode },
  ];
  return { kind: 'postcode', label: postcode.postcode, full: true, keys };
}

function partialPostcode(cleaned: string, compact: string): PostcodeQuery {
  const keys: AreaKey[] = [];
  const [outcode, inward, ...rest] = cleaned.split(' ');
  // With a space where it belongs ("E5 8", or "E5 8B" while typing), only the sector is meant.
  if (outcode && inward && rest.length === 0 && validOutcode(outcode) && /^\d[A-Z]?$/.test(inward)) {
    keys.push({ level: 'sector', key: `${outcode} ${inward[0]}` });
  } else {
    if (validOutcode(compact)) keys.push({ level: 'district', key: compact });
    const sector = /^(.+?)(\d)([A-Z]?)$/.exec(compact);
    if (sector?.[1] && validOutcode(sector[1])) keys.push({ level: 'sector', key: `${sector[1]} ${sector[2]}` });
  }
  const first = keys[0];
  if (!first) return { kind: 'invalid' };
  return { kind: 'postcode', label: first.key, full: false, keys };
}
