/** The URL contract (../shared/design/architecture.md): optional /{lang} prefix, case-insensitive routes. */
import { ODS_CODE } from '../directory/data-format.ts';

export type Route =
  | { name: 'home' }
  | { name: 'rights' }
  | { name: 'find' }
  | { name: 'card'; practice: string | null }
  | { name: 'practice'; code: string }
  | { name: 'poster'; code: string }
  | { name: 'share'; code: string }
  /** `/share`: share the app itself (a caseworker's QR and SMS). */
  | { name: 'shareApp' }
  | { name: 'about' }
  | { name: 'languages' }
  | { name: 'notFound' };

export type RouteName = Route['name'];

/** A parsed URL: the language prefix it carried (canonical code, or null) and the route. */
export interface AppLocation {
  lang: string | null;
  route: Route;
}

// Paths longer than this are not ours; refusing them early keeps parsing cheap on hostile input. The query
// does not count (messaging apps add long tracking parameters); beyond MAX_QUERY it is ignored, not refused.
const MAX_PATH = 512;
const MAX_QUERY = 4096;
// Maps, not object literals: a path segment such as `__proto__` or `constructor` must not find anything.
const SIMPLE = new Map<string, Route>((['rights', 'find', 'about', 'languages'] as const).map((name) => [name, { name }]));
const WITH_CODE = new Map<string, 'practice' | 'poster' | 'share'>([
  ['p', 'practice'],
  ['poster', 'poster'],
  ['share', 'share'],
]);
const NOT_FOUND: Route = { name: 'notFound' };

/** Normalises an ODS code as people and posters write it (`f84003`, ` F84003 `); null when it cannot be one. */
export function normaliseCode(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim().toUpperCase();
  return ODS_CODE.test(code) ? code : null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function splitUrl(url: string): { path: string; query: string } {
  const hash = url.indexOf('#');
  const noHash = hash === -1 ? url : url.slice(0, hash);
  const q = noHash.indexOf('?');
  return q === -1 ? { path: noHash, query: '' } : { path: noHash.slice(0, q), query: noHash.slice(q + 1) };
}

function queryParam(query: string, key: string): string | null {
  try {
    return new URLSearchParams(query).get(key);
  } catch {
    return null;
  }
}

function matchRoute(segments: string[], query: string): Route {
  if (segments.length === 0) return { name: 'home' };
  const [first, second, ...rest] = segments.map((s) => s.toLowerCase());
  if (rest.length > 0 || first === undefined) return NOT_FOUND;
  if (second === undefined) {
    if (first === 'card') return { name: 'card', practice: normaliseCode(queryParam(query, 'p')) };
    if (first === 'share') return { name: 'shareApp' };
    return SIMPLE.get(first) ?? NOT_FOUND;
  }
  const name = WITH_CODE.get(first);
  const code = normaliseCode(second);
  return name && code ? { name, code } : NOT_FOUND;
}

/**
 * Parses a path with optional query (`/ar/P/F84003`, `/card?p=f84003`) into a location.
 * Never throws: anything it cannot read is the notFound route.
 */
export function parseLocation(url: string, languages: readonly string[]): AppLocation {
  if (typeof url !== 'string') return { lang: null, route: NOT_FOUND };
  const { path, query: fullQuery } = splitUrl(url);
  if (path.length > MAX_PATH) return { lang: null, route: NOT_FOUND };
  const query = fullQuery.length > MAX_QUERY ? '' : fullQuery;
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    // Control characters are what this refuses: the pattern names them on purpose.
    // eslint-disable-next-line no-control-regex
    if (segment === null || segment === '.' || segment === '..' || /[\u0000-\u001f/\\]/.test(segment)) {
      return { lang: null, route: NOT_FOUND };
    }
    segments.push(segment);
  }
  const head = segments[0]?.toLowerCase();
  const lang = head === undefined ? undefined : languages.find((code) => code.toLowerCase() === head);
  if (lang !== undefined) return { lang, route: matchRoute(segments.slice(1), query) };
  return { lang: null, route: matchRoute(segments, query) };
}

/** The path of a route (`/p/F84003`, `/ar/card?p=F84003`); with a language it carries the prefix. */
export function buildPath(route: Route, lang: string | null = null): string {
  const prefix = lang ? `/${encodeURIComponent(lang)}` : '';
  switch (route.name) {
    case 'home':
      return prefix === '' ? '/' : `${prefix}/`;
    case 'card':
      return `${prefix}/card${route.practice ? `?p=${encodeURIComponent(route.practice)}` : ''}`;
    case 'practice':
      return `${prefix}/p/${encodeURIComponent(route.code)}`;
    case 'poster':
    case 'share':
      return `${prefix}/${route.name}/${encodeURIComponent(route.code)}`;
    case 'shareApp':
      return `${prefix}/share`;
    case 'notFound':
      return `${prefix}/not-found`;
    default:
      return `${prefix}/${route.name}`;
  }
}
