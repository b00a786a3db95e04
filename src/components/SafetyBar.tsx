import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { quickExit } from '../quick-exit.ts';
import { QUICK_EXIT_URL } from '../site.ts';

/** Whether the browser says it is online, kept up to date. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * The strip under the header on every screen, kept at the top while scrolling: a quiet "Offline" when
 * there is no connection, and Quick exit (also Shift three times). Without script the link still leaves.
 */
export function SafetyBar() {
  const online = useOnline();
  return (
    <div class="safety-bar">
      <div class="container safety-inner">
        <span class="connection" role="status">
          {!online && t('status.offline')}
        </span>
        <a
          class="quick-exit"
          href={QUICK_EXIT_URL}
          rel="noreferrer"
          data-external=""
          aria-describedby="quick-exit-hint"
          onClick={(event) => {
            event.preventDefault();
            quickExit();
          }}
        >
          {t('exit.button')}
        </a>
        <span id="quick-exit-hint" class="visually-hidden">
          {t('exit.shortcut')}
        </span>
      </div>
    </div>
  );
}
