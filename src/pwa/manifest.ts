import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest; icons are generated from public/icon.svg at build time. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Safe Surgeries: register with a GP',
  short_name: 'Safe Surgeries',
  description: 'You can register with an NHS GP practice without proof of address, ID or immigration status.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#00594f',
  background_color: '#ffffff',
  categories: ['health', 'medical'],
  shortcuts: [
    { name: 'Find a GP practice', short_name: 'Find', url: '/find' },
    { name: 'Show this to reception', short_name: 'Card', url: '/card' },
  ],
};
