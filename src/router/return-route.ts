import type { Route } from './routes.ts';

// Where the language list sends people back to after they pick a language.
let last: Route = { name: 'home' };

/** Notes the screen the person is on, unless it is the language list itself. */
export function rememberRoute(route: Route): void {
  if (route.name !== 'languages' && route.name !== 'notFound') last = route;
}

/** The screen to show after a language is chosen. */
export function routeToReturnTo(): Route {
  return last;
}
