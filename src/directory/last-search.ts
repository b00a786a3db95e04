import type { Place } from './places.ts';

/** The latest search, kept in memory only (never stored or put in a URL) so Back shows it again. */
export interface LastSearch {
  text: string;
  safeOnly: boolean;
  place: Place | null;
}

let last: LastSearch = { text: '', safeOnly: false, place: null };
let pending: string | null = null;

/** Remembers the latest search until the page is closed or reloaded. */
export function rememberSearch(search: LastSearch): void {
  last = search;
}

/** The latest search of this visit (empty at first). */
export function lastSearch(): LastSearch {
  return last;
}

/** Hands a postcode typed on another screen to the Find screen, which searches it on arrival. */
export function requestSearch(text: string): void {
  pending = text;
}

/** Takes the postcode handed over by requestSearch, once. */
export function takeRequestedSearch(): string | null {
  const text = pending;
  pending = null;
  return text;
}

/** Forgets the search and any postcode handed over (Quick exit). */
export function forgetSearch(): void {
  last = { text: '', safeOnly: false, place: null };
  pending = null;
}
