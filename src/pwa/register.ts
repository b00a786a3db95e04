import { registerSW } from 'virtual:pwa-register';
import { setPwaState, setUpdater } from './state.ts';

/** Registers the service worker (the only importer of virtual:pwa-register) and feeds its news to the state. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onOfflineReady: () => setPwaState({ offlineReady: true }),
    onNeedRefresh: () => setPwaState({ needRefresh: true }),
  });
  setUpdater(() => updateSW(true));
}
