/**
 * Writes `dist/offline.json`: what "Save for offline use" downloads beyond the service worker's precache,
 * with each part's gzipped size, so the app can save it with progress, say how big it is, and remove only
 * what no longer belongs to the build. Runs when the bundle is written, before vite-plugin-pwa builds the
 * service worker, which then precaches offline.json itself.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { OfflineManifest } from '../pwa/offline-manifest.ts';
import { NOT_PRECACHED_STRINGS, staffOnlyChunks } from './precache-filter.ts';

/** The data files a search needs, saved whole for offline use. */
export const OFFLINE_DATA = ['sectors.json', 'districts.json', 'practices.json'];

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** offline.json for a built dist/ folder (with its .vite/manifest.json, locales/ and data/). */
export function offlineManifest(dist: string, source = 'en'): OfflineManifest {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = [...staffOnlyChunks(manifest)]
    .flatMap((key) => [manifest[key].file as string, ...((manifest[key].css as string[] | undefined) ?? [])])
    .filter((file, i, all) => all.indexOf(file) === i)
    .sort()
    .map((file) => ({ url: `/${file}`, bytes: gzip(join(dist, file)) }));
  const strings: OfflineManifest['strings'] = {};
  const locales = join(dist, 'locales');
  for (const code of existsSync(locales) ? readdirSync(locales).sort() : []) {
    const names = readdirSync(join(locales, code))
      .filter((f) => f.endsWith('.json') && (code !== source || NOT_PRECACHED_STRINGS.includes(f)))
      .sort();
    const size = (list: string[]) => list.reduce((sum, f) => sum + gzip(join(locales, code, f)), 0);
    strings[code] = {
      namespaces: names.map((f) => f.replace(/\.json$/, '')),
      bytes: size(names),
      staffBytes: size(NOT_PRECACHED_STRINGS.filter((f) => existsSync(join(locales, code, f)))),
    };
  }
  const data = OFFLINE_DATA.filter((path) => existsSync(join(dist, 'data', path))).map((path) => ({
    path,
    bytes: gzip(join(dist, 'data', path)),
  }));
  return { files, strings, staffNamespaces: NOT_PRECACHED_STRINGS.map((f) => f.replace(/\.json$/, '')), data };
}

/** The Vite plugin: writes offline.json into the build once its files (and manifest) are written. */
export function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'safe-surgeries-offline',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle() {
      writeFileSync(join(outDir, 'offline.json'), JSON.stringify(offlineManifest(outDir)));
    },
  };
}
