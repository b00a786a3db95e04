import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { currentUrl } from './history.ts';
import { buildPath, parseLocation, type Route } from './routes.ts';

/** A function that builds hrefs in the current URL's style: a shared /ar/ page keeps its links in Arabic. */
export function useHref(): (route: Route) => string {
  // The app re-renders on every URL change, so reading the URL here is always current.
  const { lang } = parseLocation(currentUrl(), LANGUAGE_CODES);
  return (route) => buildPath(route, lang);
}
