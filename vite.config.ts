/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/pwa/manifest.ts';
import { dataVersions } from './src/tools/data-define.ts';
import { localesPlugin } from './src/tools/locales-plugin.ts';
import { offlinePlugin } from './src/tools/offline-plugin.ts';
import { headersFor, parseHeaderRules } from './src/tools/headers-file.ts';
import { NAVIGATE_FALLBACK_DENYLIST, precacheOnly } from './src/tools/precache-filter.ts';
import { publicOriginFromEnv } from './src/tools/public-origin.ts';

// The preview server (and so every browser test) sends the production headers, strict CSP included.
const headerRules = parseHeaderRules(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8'));
const stub = (file: string) => fileURLToPath(new URL(`./tests/stubs/${file}`, import.meta.url));

export default defineConfig({
  define: {
    // Where posters' QR codes and shared links point (src/site.ts); empty means "where the app is served".
    __PUBLIC_ORIGIN__: JSON.stringify(publicOriginFromEnv(process.env.PUBLIC_ORIGIN)),
    __DATA_VERSIONS__: JSON.stringify(dataVersions(fileURLToPath(new URL('./public/data', import.meta.url)))),
  },
  plugins: [
    preact(),
    {
      name: 'safe-surgeries-preview-headers',
      configurePreviewServer(server) {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          for (const [name, value] of Object.entries(headersFor(headerRules, path))) response.setHeader(name, value);
          next();
        });
      },
    },
    localesPlugin(fileURLToPath(new URL('./locales', import.meta.url))),
    offlinePlugin(),
    VitePWA({
      registerType: 'prompt',
      // src/pwa/register.ts registers the worker itself: no inline script in index.html (strict CSP).
      injectRegister: false,
      manifest,
      pwaAssets: {
        image: 'public/icon.svg',
        preset: 'minimal-2023',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: true,
      },
      workbox: {
        // Not webmanifest: the plugin adds it itself, and a duplicate entry makes Workbox throw on install.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt}'],
        // Kept out of the precache so a poster scan stays light: the practice directory (src/directory
        // caches what it uses), install icons (fetched by the browser when installing, online), and other
        // languages' strings (each person's own language is kept by the runtime cache below).
        globIgnores: ['data/**', '**/*.png', '*.ico'],
        manifestTransforms: [precacheOnly(fileURLToPath(new URL('./dist', import.meta.url)), 'en')],
        // String files carry the build's version as ?v=: it must not stop them matching the precache.
        ignoreURLParametersMatching: [/^v$/, /^utm_/, /^fbclid$/],
        runtimeCaching: [
          {
            // Never stale (hashed names, or ?v= the strings' version): what the precache leaves out (staff tools, strings).
            urlPattern: ({ url }) => /^\/(assets\/[^/]+\.(?:js|css)|locales\/[^/]+\/[^/]+\.json)$/.test(url.pathname),
            handler: 'CacheFirst',
            // No expiration plugin: it keeps timestamps in IndexedDB. src/pwa/offline-save.ts prunes instead.
            // ignoreVary: a module import sends Origin, the warming fetch does not; the file is the same.
            options: { cacheName: 'language-strings', matchOptions: { ignoreVary: true } },
          },
        ],
        // Any deep link (a poster's /P/F84003, an SMS's /ar/p/F84003) opens offline from the shell.
        navigateFallback: 'index.html',
        // Workbox tests these against path and query together: a file extension counts only in the path, so a
        // link whose query has a dot (`?fbclid=a.b`, as messaging apps add) still opens the app offline.
        navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2020',
    manifest: true,
    modulePreload: false,
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    environment: 'node',
    setupFiles: ['tests/setup/strings.ts'],
    alias: {
      'virtual:pwa-register': stub('pwa-register.ts'),
    },
  },
});
