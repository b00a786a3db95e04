import { registerSW } from 'virtual:pwa-register';
import { keepAppOffline } from './offline-save.ts';
import { setPwaState, setUpdater } from './state.ts';

/** Registers the service worker (the only importer of virtual:pwa-register), feeds its news to the state, and keeps the app for offline use. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    void keepAppOffline(undefined);
    return;
  }
  // A page a worker already controlled that comes under another (a version accepted in another tab)
  // reloads, so it never mixes one version's page with the other's files.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => hadController && window.location.reload(), { once: true });
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
  void keepAppOffline();
}
