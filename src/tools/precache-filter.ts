/**
 * Keeps the service worker's precache to what a patient needs offline, so a poster scan stays light:
 * the source language's strings (each person's own language is kept by the runtime cache, see
 * src/pwa/offline-save.ts) and no staff tools (the poster and share screens, the QR encoder, their
 * strings), which the runtime cache keeps once they are used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Navigations the service worker must not answer with the app shell: data files, and paths that name a file
 * (an extension in the path, not in the query). Workbox matches these against `pathname + search`.
 */
export const NAVIGATE_FALLBACK_DENYLIST = [/^\/data\//, /^[^?]*\.[a-z0-9]+(?:\?.*)?$/i];

/** Source files whose chunks are left to the runtime cache. */
export const NOT_PRECACHED = ['src/routes/Poster.tsx', 'src/routes/Share.tsx', 'src/qr/index.ts'];

/** String files left to the runtime cache even in the source language: the staff tools'. */
export const NOT_PRECACHED_STRINGS = ['poster.json', 'share.json'];

interface Chunk {
  file: string;
  css?: string[];
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The manifest keys of NOT_PRECACHED and of every chunk that only they import (shared staff-tool code). */
export function staffOnlyChunks(manifest: Record<string, Chunk>): Set<string> {
  const skipped = new Set(Object.keys(manifest).filter((key) => NOT_PRECACHED.includes(key)));
  const importers = (key: string) =>
    Object.entries(manifest)
      .filter(([, chunk]) => chunk.imports?.includes(key) || chunk.dynamicImports?.includes(key))
      .map(([k]) => k);
  for (let grown = true; grown;) {
    grown = false;
    for (const [key, chunk] of Object.entries(manifest)) {
      const by = importers(key);
      if (skipped.has(key) || chunk.isEntry || by.length === 0 || !by.every((k) => skipped.has(k))) continue;
      skipped.add(key);
      grown = true;
    }
  }
  return skipped;
}

/** The built files to leave out: staff-only chunks and their CSS, other languages' strings and the staff tools' strings. */
export function filesToSkip(manifest: Record<string, Chunk>, urls: string[], keep: string): Set<string> {
  const chunks = [...staffOnlyChunks(manifest)].flatMap((key) => [manifest[key]?.file ?? '', ...(manifest[key]?.css ?? [])]);
  const strings = urls.filter((url) => {
    const match = /^locales\/([^/]+)\/([^/]+\.json)$/.exec(url);
    return match !== null && (match[1] !== keep || NOT_PRECACHED_STRINGS.includes(match[2] ?? ''));
  });
  return new Set([...chunks, ...strings]);
}

/** A Workbox manifest transform that drops filesToSkip from the precache. */
export function precacheOnly(outDir: string, keep: string) {
  return async <T extends { url: string }>(entries: T[]) => {
    const path = join(outDir, '.vite', 'manifest.json');
    if (!existsSync(path)) return { manifest: entries, warnings: [`${path} is missing: everything is precached`] };
    const drop = filesToSkip(
      JSON.parse(readFileSync(path, 'utf8')),
      entries.map((e) => e.url),
      keep,
    );
    return { manifest: entries.filter((entry) => !drop.has(entry.url)), warnings: [] };
  };
}
