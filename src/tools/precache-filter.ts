/**
 * Keeps the service worker's precache to what a patient needs offline, so a poster scan stays light:
 * the source language's strings (each person's own language is kept by the runtime cache, see
 * src/pwa/offline-language.ts) and no staff tools (the poster screen, the QR encoder), which the
 * runtime cache keeps once they are used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Source files whose chunks are left to the runtime cache. */
export const NOT_PRECACHED = ['src/qr/index.ts', 'src/routes/Poster.tsx', 'locales/en/poster.json'];

/** The built files to leave out: other languages' strings (`locales/<code>/<file>.json`) and NOT_PRECACHED. */
export function chunksToSkip(manifest: Record<string, { file: string }>, keep: string): Set<string> {
  return new Set(
    Object.entries(manifest)
      .filter(
        ([source]) =>
          NOT_PRECACHED.includes(source) ||
          (/^locales\/[^/]+\/[^/]+\.json$/.test(source) && !source.startsWith(`locales/${keep}/`)),
      )
      .map(([, chunk]) => chunk.file),
  );
}

/** A Workbox manifest transform that drops chunksToSkip from the precache. */
export function precacheOnly(outDir: string, keep: string) {
  return async <T extends { url: string }>(entries: T[]) => {
    const path = join(outDir, '.vite', 'manifest.json');
    if (!existsSync(path)) return { manifest: entries, warnings: [`${path} is missing: everything is precached`] };
    const drop = chunksToSkip(JSON.parse(readFileSync(path, 'utf8')), keep);
    return { manifest: entries.filter((entry) => !drop.has(entry.url)), warnings: [] };
  };
}
