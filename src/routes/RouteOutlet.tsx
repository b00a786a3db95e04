import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { loaded, loadScreen } from './registry.ts';
import type { Route } from '../router/routes.ts';

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready' };

/** Renders the screen for a route, loading its chunk first; a failed load offers to try again. */
export function RouteOutlet({ route }: { route: Route }) {
  const [state, setState] = useState<State>({ status: loaded.has(route.name) ? 'ready' : 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    if (loaded.has(route.name)) {
      setState({ status: 'ready' });
      return;
    }
    setState({ status: 'loading' });
    loadScreen(route.name).then(
      () => live && setState({ status: 'ready' }),
      () => live && setState({ status: 'failed' }),
    );
    return () => void (live = false);
  }, [route.name, attempt]);

  const Screen = loaded.get(route.name);
  if (state.status === 'ready' && Screen) return <Screen route={route} />;
  if (state.status === 'failed') {
    return (
      <div role="alert">
        <h1>{t('loadError.title')}</h1>
        <p>{t('loadError.body')}</p>
        <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
          {t('loadError.retry')}
        </button>
      </div>
    );
  }
  return <p class="loading">{t('status.loading')}</p>;
}
