import { registerSW } from 'virtual:pwa-register';
import { keepLanguageOffline } from './offline-language.ts';
import { setPwaState, setUpdater } from './state.ts';

/** Registers the service worker (the only importer of virtual:pwa-register), feeds its news to the state, and keeps the person's language for offline use. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onOfflineReady: () => setPwaState({ offlineReady: true }),
    onNeedRefresh: () => setPwaState({ needRefresh: true }),
  });
  setUpdater(async () => {
    // workbox-window reloads only for updates it saw begin; one found while the app stayed open counts as
    // "external" and would activate without a reload. Once the person has asked, any takeover reloads.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await updateSW(true);
  });
  void keepLanguageOffline();
}
