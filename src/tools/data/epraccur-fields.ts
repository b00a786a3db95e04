/** Cleaning epraccur.csv's fields: dates, phone numbers, address lines. */
import { naturalCase } from './natural-case.ts';

/** A date field as YYYY-MM-DD (from YYYYMMDD or an ISO date), or undefined. */
export function odsDate(field: string): string | undefined {
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(field);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${y}-${mo}-${d}` : undefined;
}

/** A phone number with its spaces collapsed, or null when it is not 10–11 digits starting with 0. */
export function cleanPhone(raw: string): string | null {
  // A hyphen between groups of digits ("0141 531 -6650", "0141-531-6650") separates them, as a space does.
  const display = raw
    .replace(/(?<=\d)\s*-\s*(?=\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^0\d{9,10}$/.test(display.replace(/ /g, '')) ? display : null;
}

/** Address lines in natural case, without empty lines, repeats, or a line that merely repeats the name. */
export function cleanAddress(lines: string[], name: string): string[] {
  // "NIGHTINGALE PRACTICE" repeats "THE NIGHTINGALE PRACTICE"; "ST.MARY'S SURGERY" repeats "ST. MARY'S SURGERY".
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^\s*the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
  const seen = new Set([key(name)]);
  const kept: string[] = [];
  for (const line of lines) {
    const k = key(line);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    kept.push(naturalCase(line));
  }
  return kept;
}
