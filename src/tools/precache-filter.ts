/**
 * Keeps other languages' strings out of the service worker's precache: each person downloads their own
 * language (kept for offline use by the runtime cache, see src/pwa/offline-language.ts), not all 33.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built files that hold one language's strings, by the Vite manifest (`locales/<code>/<file>.json`). */
export function languageChunks(manifest: Record<string, { file: string }>, keep: string): Set<string> {
  return new Set(
    Object.entries(manifest)
      .filter(([source]) => /^locales\/[^/]+\/[^/]+\.json$/.test(source) && !source.startsWith(`locales/${keep}/`))
      .map(([, chunk]) => chunk.file),
  );
}

/** A Workbox manifest transform that drops every language's string chunks except the source language's. */
export function precacheOnly(outDir: string, keep: string) {
  return async <T extends { url: string }>(entries: T[]) => {
    const path = join(outDir, '.vite', 'manifest.json');
    if (!existsSync(path)) return { manifest: entries, warnings: [`${path} is missing: all languages are precached`] };
    const drop = languageChunks(JSON.parse(readFileSync(path, 'utf8')), keep);
    return { manifest: entries.filter((entry) => !drop.has(entry.url)), warnings: [] };
  };
}
