import type { ComponentType } from 'preact';
import { currentLanguage, loadLanguage, type Namespace } from '../i18n/index.ts';
import type { RouteName } from '../router/routes.ts';
import { Home } from './Home.tsx';
import type { RouteProps } from './types.ts';

// Props differ per route; the outlet always passes the route that matched this name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Screen = ComponentType<RouteProps<any>>;

/** A lazy screen's module: its component and the string files it declares (its STRINGS). */
interface LazyScreen {
  load: () => Promise<{ screen: Screen; strings: readonly Namespace[] }>;
}

/** Lazy screens by route name: each its own small chunk, fetched when first opened. Home ships in the first bundle. */
export const SCREENS: Record<Exclude<RouteName, 'home'>, LazyScreen> = {
  rights: { load: () => import('./Rights.tsx').then((m) => ({ screen: m.Rights, strings: m.STRINGS })) },
  find: { load: () => import('./Find.tsx').then((m) => ({ screen: m.Find, strings: m.STRINGS })) },
  card: { load: () => import('./Card.tsx').then((m) => ({ screen: m.Card, strings: m.STRINGS })) },
  practice: { load: () => import('./Practice.tsx').then((m) => ({ screen: m.Practice, strings: m.STRINGS })) },
  poster: { load: () => import('./Poster.tsx').then((m) => ({ screen: m.Poster, strings: m.STRINGS })) },
  share: { load: () => import('./Share.tsx').then((m) => ({ screen: m.Share, strings: m.STRINGS })) },
  shareApp: { load: () => import('./Share.tsx').then((m) => ({ screen: m.Share, strings: m.STRINGS })) },
  about: { load: () => import('./About.tsx').then((m) => ({ screen: m.About, strings: m.STRINGS })) },
  languages: { load: () => import('./Languages.tsx').then((m) => ({ screen: m.Languages, strings: m.STRINGS })) },
  notFound: { load: () => import('./NotFound.tsx').then((m) => ({ screen: m.NotFound, strings: m.STRINGS })) },
};

/** Screens ready to render (so later visits show without a loading flash). */
export const loaded = new Map<RouteName, Screen>([['home', Home]]);

/** Loads (or returns the cached) screen for a route name, with its strings in the current language. */
export async function loadScreen(name: RouteName): Promise<Screen> {
  const ready = loaded.get(name);
  if (ready) return ready;
  const entry = SCREENS[name as Exclude<RouteName, 'home'>];
  // The chunk names its strings, so the strings come second.
  const { screen, strings } = await entry.load();
  await loadLanguage(currentLanguage(), strings);
  loaded.set(name, screen);
  return screen;
}
