/** Deterministic JSON files: sorted keys, no whitespace, one final newline, and their hashes. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** JSON with every object's keys sorted by code point, no whitespace, ending with one "\n". */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const record = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(record)
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          .map((k) => [k, record[k]]),
      );
    }) + '\n'
  );
}

/** First 16 hex digits of the SHA-256 of some bytes, taken in order. */
export function hash16(...parts: (string | Uint8Array)[]): string {
  const sha = createHash('sha256');
  for (const part of parts) sha.update(part);
  return sha.digest('hex').slice(0, 16);
}

/** Size of bytes gzipped at level 9, as a static host would serve them. */
export function gzipSize(bytes: string | Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** A file the pipeline wrote. */
export interface Written {
  /** Relative to the output directory, with "/" separators. */
  path: string;
  bytes: number;
  hash: string;
  gzip: number;
}

/** Writes a value as stable JSON at `path` under `dir`, creating folders. */
export function writeJson(dir: string, path: string, value: unknown): Written {
  return writeText(dir, path, stableJson(value));
}

/** Writes text (UTF-8) at `path` under `dir`, creating folders. */
export function writeText(dir: string, path: string, text: string): Written {
  const bytes = Buffer.from(text, 'utf8');
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return { path, bytes: bytes.length, hash: hash16(bytes), gzip: gzipSize(bytes) };
}

/** Deletes the .json files of a folder that are not in `keep` (a practice that closed since the last build). */
export function removeStale(dir: string, keep: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => n.endsWith('.json') && !keep.has(n)).sort();
  for (const name of stale) rmSync(join(dir, name));
  return stale;
}
