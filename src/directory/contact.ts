import { EXTERNAL_LINKS } from '../content/external-links.ts';
import type { Practice } from './practices.ts';

/**
 * A `tel:` link for a UK phone number as written ("020 8986 7111" → "tel:+442089867111"), or null when
 * the text is not one (10 or 11 digits from 0, or +44 and 9 or 10 digits): stray digits never become a link.
 */
export function telHref(phone: string): string | null {
  if (!/^[\d\s()+.-]{1,40}$/.test(phone)) return null;
  const digits = phone.replace(/[\s().-]/g, '');
  const national = /^(?:\+44|0044)(\d{9,10})$/.exec(digits)?.[1] ?? /^0(\d{9,10})$/.exec(digits)?.[1];
  return national && !national.startsWith('0') ? `tel:+44${national}` : null;
}

/**
 * A link that opens the phone's own map app at the practice: Apple Maps on Apple devices, a `geo:` URI
 * (which Android hands to the map app of the person's choice) elsewhere. Only the practice's place is in it.
 * When the position is only approximate, or unknown, the address is given instead so the map app can find it.
 */
export function directionsHref(practice: Practice, apple: boolean): string {
  const address = [...practice.address, practice.postcode].join(', ');
  // Without an exact position (approximate, or none at all in Northern Ireland), the map app searches the address.
  const exact = practice.position && !practice.approximate ? practice.position : null;
  if (apple) {
    const url = new URL(EXTERNAL_LINKS.appleMaps);
    url.searchParams.set('daddr', exact ? `${exact.lat.toFixed(5)},${exact.lon.toFixed(5)}` : address);
    if (exact) url.searchParams.set('q', practice.name);
    return url.href;
  }
  if (!exact) return `geo:0,0?q=${encodeURIComponent(address)}`;
  const position = `${exact.lat.toFixed(5)},${exact.lon.toFixed(5)}`;
  return `geo:${position}?q=${position}(${encodeURIComponent(practice.name)})`;
}

/** Whether this browser runs on an Apple device (whose map app is reached by an Apple Maps link). */
export function isAppleDevice(navigator: { userAgent: string }): boolean {
  return /iPhone|iPad|iPod|Macintosh/.test(navigator.userAgent);
}
