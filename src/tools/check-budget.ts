/**
 * Size budget of the built app (run after `npm run build`): the JavaScript a browser must fetch to show
 * Home in English — the entry chunk and everything it imports statically — gzipped. Prints every figure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Bytes of gzipped JavaScript Home may need (25 KB, counted as 25,000 bytes at gzip level 9). */
export const HOME_JS_BUDGET = 25_000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The files of a chunk and of everything it imports statically, each once. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build manifest has no chunk "${key}"`);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => staticClosure(manifest, k, seen))];
}

/** gzip (level 9) and brotli sizes of a file's bytes. */
export function compressedSizes(bytes: Buffer): { raw: number; gzip: number; brotli: number } {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function main(dist: string): number {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk: run `npm run build` first');
  const files = staticClosure(manifest, entry);
  let total = 0;
  console.log('JavaScript needed to show Home in English (entry + static imports):');
  for (const file of files) {
    const size = compressedSizes(readFileSync(join(dist, file)));
    total += size.gzip;
    console.log(`  ${file.padEnd(48)} ${String(size.raw).padStart(7)} B raw  ${String(size.gzip).padStart(6)} B gzip  ${String(size.brotli).padStart(6)} B brotli`);
  }
  const css = (manifest[entry]?.css ?? []).map((f) => compressedSizes(readFileSync(join(dist, f))).gzip);
  const html = compressedSizes(readFileSync(join(dist, 'index.html'))).gzip;
  console.log(`  total JavaScript: ${total} B gzip (budget ${HOME_JS_BUDGET} B, ${((100 * total) / HOME_JS_BUDGET).toFixed(1)}% used)`);
  console.log(`  also fetched: index.html ${html} B gzip, CSS ${css.reduce((a, b) => a + b, 0)} B gzip`);
  const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !files.includes(`assets/${f}`));
  const lazyTotal = lazy.reduce((sum, f) => sum + compressedSizes(readFileSync(join(dist, 'assets', f))).gzip, 0);
  console.log(`  lazy chunks (screens, languages, offline layer): ${lazy.length} files, ${lazyTotal} B gzip in all`);
  if (total > HOME_JS_BUDGET) {
    console.error(`Over budget: Home needs ${total} B of gzipped JavaScript, more than ${HOME_JS_BUDGET} B.`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv[2] ?? 'dist');
