/**
 * Size budget of the built app (run after `npm run build`): the JavaScript a browser must fetch to show
 * Home in English — the entry chunk and everything it imports statically — gzipped. Prints every figure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { OfflineManifest } from '../pwa/offline-manifest.ts';
import { isMain } from './is-main.ts';

/**
 * Bytes of gzipped JavaScript Home may need (26 KB, counted as 26,000 bytes at gzip level 9). It was 25,000
 * until Quick exit and the connection status joined the first bundle (about 530 B): a safety control has
 * to work before anything else loads, offline too.
 */
export const HOME_JS_BUDGET = 26_000;

/** Bytes (gzip) a first visit to a poster's /P/{code} fetches before the practice shows. */
export const POSTER_SCAN_BUDGET = 40_000;

/**
 * Bytes (gzip) the phone keeps after one visit so that everything works offline (the precache, the staff
 * tools, the largest language's strings, every language's poster and message strings, the directory).
 * Downloaded after the first screen, when the browser is idle, and not unasked where the phone saves data.
 */
export const OFFLINE_BUDGET = 600_000;

/** The practice a poster scan is measured with (a Safe Surgery, so its record is one of the larger). */
const SAMPLE_PRACTICE = 'F84003';

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

/** The string files a screen declares (`export const STRINGS: Namespace[] = ['practice']`), read from its source. */
export function screenStrings(source: string): string[] {
  const list = /export const STRINGS: Namespace\[\] = \[([^\]]*)\]/.exec(source)?.[1];
  if (list === undefined) throw new Error('The screen declares no STRINGS');
  return [...list.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]!);
}

/** The files a screen adds to what Home already loaded: its chunk and its static imports. */
export function screenFiles(manifest: Manifest, keys: string[], alreadyLoaded: string[]): string[] {
  const seen = new Set<string>();
  const files = keys.flatMap((key) => staticClosure(manifest, key, seen));
  return [...new Set(files)].filter((file) => !alreadyLoaded.includes(file));
}

/** Prints, and checks, what a poster scan downloads before the practice shows: the shell, the practice screen, one practice record. */
function posterScan(dist: string, manifest: Manifest, home: string[], entry: string): number {
  const shell = ['index.html', ...home, ...(manifest[entry]?.css ?? [])];
  const strings = screenStrings(readFileSync(new URL('../routes/Practice.tsx', import.meta.url), 'utf8')).map(
    (ns) => `locales/en/${ns}.json`,
  );
  const files = [
    ...shell,
    ...screenFiles(manifest, ['src/routes/Practice.tsx'], home),
    ...strings,
    `data/practice/${SAMPLE_PRACTICE}.json`,
  ];
  console.log(`\nFirst visit to /P/${SAMPLE_PRACTICE} (a poster scan), before the practice shows:`);
  let total = 0;
  for (const file of files) {
    const { gzip } = compressedSizes(readFileSync(join(dist, file)));
    total += gzip;
    console.log(`  ${file.padEnd(48)} ${String(gzip).padStart(6)} B gzip`);
  }
  console.log(
    `  total: ${total} B gzip (budget ${POSTER_SCAN_BUDGET} B, ${((100 * total) / POSTER_SCAN_BUDGET).toFixed(1)}% used)`,
  );
  if (total > POSTER_SCAN_BUDGET) {
    console.error(
      `Over budget: a first visit to /P/${SAMPLE_PRACTICE} downloads ${total} B gzipped before the practice shows, more than ${POSTER_SCAN_BUDGET} B.`,
    );
    return 1;
  }
  return 0;
}

/** Prints, and checks, everything kept for offline use after one visit (src/pwa/offline-save.ts, dist/offline.json). */
function offlineTotal(dist: string): number {
  const offline = JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as OfflineManifest;
  const precache = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const precacheBytes = precache.reduce((sum, url) => sum + compressedSizes(readFileSync(join(dist, url))).gzip, 0);
  const files = offline.files.reduce((sum, file) => sum + file.bytes, 0);
  const [largest, own] = Object.entries(offline.strings).sort(([, a], [, b]) => b.bytes - a.bytes)[0] ?? [
    '',
    { bytes: 0, staffBytes: 0 },
  ];
  const staff = Object.entries(offline.strings).reduce(
    (sum, [code, entry]) => sum + (code === largest ? 0 : entry.staffBytes),
    0,
  );
  const data = offline.data.reduce((sum, file) => sum + file.bytes, 0);
  const total = precacheBytes + files + own.bytes + staff + data;
  console.log('\nKept for offline use after one visit (saved when the browser is idle after the first screen):');
  console.log(`  precache (app, English): ${precache.length} files ${String(precacheBytes).padStart(8)} B gzip`);
  console.log(`  staff tools' code and styles: ${offline.files.length} files ${String(files).padStart(8)} B gzip`);
  console.log(`  the person's language (largest: ${largest}) ${String(own.bytes).padStart(8)} B gzip`);
  console.log(`  every other language's poster and message strings ${String(staff).padStart(8)} B gzip`);
  console.log(`  practice directory: ${offline.data.length} files ${String(data).padStart(8)} B gzip`);
  console.log(`  total: ${total} B gzip (budget ${OFFLINE_BUDGET} B, ${((100 * total) / OFFLINE_BUDGET).toFixed(1)}% used)`);
  if (total > OFFLINE_BUDGET) {
    console.error(`Over budget: keeping the app offline downloads ${total} B gzipped, more than ${OFFLINE_BUDGET} B.`);
    return 1;
  }
  return 0;
}

/** Prints the gzipped size of each data file the app may download. */
function dataFiles(dist: string): void {
  console.log('\nPractice directory files (downloaded whole by the first search, then cached):');
  for (const file of ['sectors.json', 'districts.json', 'practices.json']) {
    const size = compressedSizes(readFileSync(join(dist, 'data', file)));
    console.log(
      `  data/${file.padEnd(43)} ${String(size.raw).padStart(8)} B raw  ${String(size.gzip).padStart(7)} B gzip  ${String(size.brotli).padStart(7)} B brotli`,
    );
  }
  const records = readdirSync(join(dist, 'data', 'practice')).map(
    (f) => compressedSizes(readFileSync(join(dist, 'data', 'practice', f))).gzip,
  );
  const mean = records.reduce((a, b) => a + b, 0) / records.length;
  console.log(
    `  data/practice/{code}.json: ${records.length} files, ${mean.toFixed(0)} B gzip on average, ${Math.max(...records)} B at most`,
  );
}

/** Prints each language's string files, gzipped: what using the app in that language adds (fetched as used, kept offline). */
function languageFiles(dist: string): void {
  console.log('\nString files per language (gzip, all files; each fetched when a screen needs it):');
  const dir = join(dist, 'locales');
  for (const code of readdirSync(dir).sort()) {
    const files = readdirSync(join(dir, code));
    const sizes = files.map((f) => compressedSizes(readFileSync(join(dir, code, f))));
    const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const largest = Math.max(...sizes.map((size) => size.gzip));
    console.log(
      `  ${code.padEnd(8)} ${String(files.length).padStart(2)} files ${String(gzip).padStart(7)} B gzip (largest ${largest} B)`,
    );
  }
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
    console.log(
      `  ${file.padEnd(48)} ${String(size.raw).padStart(7)} B raw  ${String(size.gzip).padStart(6)} B gzip  ${String(size.brotli).padStart(6)} B brotli`,
    );
  }
  const css = (manifest[entry]?.css ?? []).map((f) => compressedSizes(readFileSync(join(dist, f))).gzip);
  const html = compressedSizes(readFileSync(join(dist, 'index.html'))).gzip;
  console.log(
    `  total JavaScript: ${total} B gzip (budget ${HOME_JS_BUDGET} B, ${((100 * total) / HOME_JS_BUDGET).toFixed(1)}% used)`,
  );
  console.log(`  also fetched: index.html ${html} B gzip, CSS ${css.reduce((a, b) => a + b, 0)} B gzip`);
  const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !files.includes(`assets/${f}`));
  const lazyTotal = lazy.reduce((sum, f) => sum + compressedSizes(readFileSync(join(dist, 'assets', f))).gzip, 0);
  console.log(`  lazy chunks (screens, languages, offline layer): ${lazy.length} files, ${lazyTotal} B gzip in all`);
  let failed = 0;
  if (total > HOME_JS_BUDGET) {
    console.error(`Over budget: Home needs ${total} B of gzipped JavaScript, more than ${HOME_JS_BUDGET} B.`);
    failed = 1;
  }
  dataFiles(dist);
  languageFiles(dist);
  return posterScan(dist, manifest, files, entry) | offlineTotal(dist) | failed;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv[2] ?? 'dist');
