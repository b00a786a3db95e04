/** The offline layer, loaded after first paint: the service worker and its status messages. */
export { registerServiceWorker } from './register.ts';
export { UpdatePrompt } from './UpdatePrompt.tsx';
