import type { Route } from '../router/routes.ts';

/** What every screen receives: the route it was opened with (codes, query values). */
export interface RouteProps<R extends Route = Route> {
  route: R;
}
