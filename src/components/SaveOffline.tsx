import { useEffect, useState } from 'preact/hooks';
import { isolate, t } from '../i18n/index.ts';
import { checkSaved, saveForOffline } from '../pwa/offline-save.ts';
import { getSaveState, subscribeSave } from '../pwa/save-state.ts';
import { formatSize } from '../i18n/format.ts';

/**
 * "Use without internet": whether the whole app and the practice list are kept on this phone, a Save
 * button with its size where they are not (phones that ask to save data are not sent it unasked), and
 * progress while saving. `unsaved` is a line to show while nothing is saved yet.
 */
export function SaveOffline({ unsaved }: { unsaved?: string }) {
  const [state, setState] = useState(getSaveState);
  useEffect(() => {
    const stop = subscribeSave(setState);
    void checkSaved();
    return stop;
  }, []);
  if (state.phase === 'checking') return null;
  const save = () => void saveForOffline();
  return (
    <section class="save-offline" aria-labelledby="save-offline-title">
      <h2 id="save-offline-title">{t('pwa:save.title')}</h2>
      {state.phase === 'unavailable' && <p>{t('pwa:save.unavailable')}</p>}
      {state.phase === 'unsaved' && (
        <>
          {state.saveData && <p>{t('pwa:save.saveData')}</p>}
          {unsaved && <p class="hint">{unsaved}</p>}
          <button type="button" class="button secondary" onClick={save}>
            {t('pwa:save.button', { size: isolate(formatSize(state.remaining)) })}
          </button>
        </>
      )}
      {state.phase === 'saving' && (
        <>
          <label for="save-offline-progress">{t('pwa:save.saving')}</label>
          <progress id="save-offline-progress" max={Math.max(state.total, 1)} value={state.done} />
        </>
      )}
      {state.phase === 'saved' && <p>{t('pwa:save.saved')}</p>}
      {state.phase === 'failed' && (
        <div class="notice" role="alert">
          <p>{t('pwa:save.failed')}</p>
          <button type="button" class="button" onClick={save}>
            {t('pwa:save.retry')}
          </button>
        </div>
      )}
    </section>
  );
}
