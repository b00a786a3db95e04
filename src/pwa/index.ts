import { registerStrings } from '../i18n/index.ts';

registerStrings(import.meta.glob('../../locales/*/pwa.json', { import: 'default' }));

/** The offline layer, loaded after first paint: the service worker and its status messages. */
export { registerServiceWorker } from './register.ts';
export { UpdatePrompt } from './UpdatePrompt.tsx';
