/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './src/pwa/manifest.ts';

const stub = (file: string) => fileURLToPath(new URL(`./tests/stubs/${file}`, import.meta.url));

export default defineConfig({
  plugins: [
    preact(),
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
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,txt}'],
        // Any deep link (a poster's /P/F84003, an SMS's /ar/p/F84003) opens offline from the shell.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/data\//, /\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2020',
    manifest: true,
    modulePreload: false,
    sourcemap: false,
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    alias: {
      'virtual:pwa-register': stub('pwa-register.ts'),
    },
  },
});
