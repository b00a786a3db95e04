import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { applyUpdate, getPwaState, setPwaState, subscribePwa } from './state.ts';

/** A polite live region: "Ready to work offline", or "New version — reload" with the person's choice. */
export function UpdatePrompt() {
  const [state, setState] = useState(getPwaState);
  useEffect(() => subscribePwa(setState), []);
  return (
    <div class="pwa-status container" role="status">
      {state.needRefresh ? (
        <div class="notice">
          <p>{t('pwa:needRefresh')}</p>
          <button type="button" class="button" onClick={() => void applyUpdate()}>
            {t('pwa:reload')}
          </button>{' '}
          <button type="button" class="button secondary" onClick={() => setPwaState({ needRefresh: false })}>
            {t('pwa:later')}
          </button>
        </div>
      ) : (
        state.offlineReady && (
          <div class="notice">
            <p>{t('pwa:offlineReady')}</p>
            <button type="button" class="button secondary" onClick={() => setPwaState({ offlineReady: false })}>
              {t('pwa:dismiss')}
            </button>
          </div>
        )
      )}
    </div>
  );
}
