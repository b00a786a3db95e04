import type { ComponentType } from 'preact';
import { currentLanguage, loadLanguage, type Namespace } from '../i18n/index.ts';
import type { RouteName } from '../router/routes.ts';
import { Home } from './Home.tsx';
import type { RouteProps } from './types.ts';

// Props differ per route; the outlet always passes the route that matched this name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Screen = ComponentType<RouteProps<any>>;

interface LazyScreen {
  load: () => Promise<Screen>;
  /** String files the screen needs beyond translation.json. */
  namespaces?: Namespace[];
}

/** Lazy screens by route name: each its own small chunk, fetched when first opened. Home ships in the first bundle. */
export const SCREENS: Record<Exclude<RouteName, 'home'>, LazyScreen> = {
  rights: { load: () => import('./Rights.tsx').then((m) => m.Rights), namespaces: ['rights', 'draft'] },
  find: { load: () => import('./Find.tsx').then((m) => m.Find), namespaces: ['find', 'pwa'] },
  card: { load: () => import('./Card.tsx').then((m) => m.Card), namespaces: ['card', 'draft', 'practice'] },
  practice: { load: () => import('./Practice.tsx').then((m) => m.Practice), namespaces: ['practice', 'find'] },
  poster: { load: () => import('./Poster.tsx').then((m) => m.Poster), namespaces: ['poster', 'practice', 'share', 'find'] },
  share: { load: () => import('./Share.tsx').then((m) => m.Share), namespaces: ['share', 'practice', 'find'] },
  shareApp: { load: () => import('./Share.tsx').then((m) => m.Share), namespaces: ['share', 'practice'] },
  about: { load: () => import('./About.tsx').then((m) => m.About), namespaces: ['about', 'rights', 'draft', 'pwa'] },
  languages: { load: () => import('./Languages.tsx').then((m) => m.Languages), namespaces: ['languages'] },
  notFound: { load: () => import('./NotFound.tsx').then((m) => m.NotFound), namespaces: ['notFound'] },
};

/** Screens ready to render (so later visits show without a loading flash). */
export const loaded = new Map<RouteName, Screen>([['home', Home]]);

/** Loads (or returns the cached) screen for a route name, with its strings in the current language. */
export async function loadScreen(name: RouteName): Promise<Screen> {
  const ready = loaded.get(name);
  if (ready) return ready;
  const entry = SCREENS[name as Exclude<RouteName, 'home'>];
  // The chunk registers its strings as it loads, so the strings come second.
  const screen = await entry.load();
  await loadLanguage(currentLanguage(), entry.namespaces ?? []);
  loaded.set(name, screen);
  return screen;
}
