/**
 * `npm run data:check`: rebuilds the data into a temporary folder, with the build date of the committed
 * public/data/manifest.json, and fails if any file differs from public/data byte for byte, or if a file
 * is missing or extra. Without ../shared/data it cannot check: outside CI it says so and exits 0; under
 * CI=true (where the data is always beside the clone) it fails.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { DataManifest } from '../../directory/data-format.ts';
import { buildData, defaultOptions, REPO_ROOT, SHARED_DATA } from './build-data.ts';
import { InputError } from './input.ts';
import { isMain } from '../is-main.ts';

/** Every file under a folder, as sorted relative paths with "/" separators. */
export function listFiles(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
  return existsSync(dir) ? walk(dir).sort() : [];
}

/** How two folders differ: files only in one of them, and files whose bytes differ. Empty when identical. */
export function compareFolders(expected: string, actual: string): string[] {
  const want = listFiles(expected);
  const got = new Set(listFiles(actual));
  const differences: string[] = [];
  for (const path of want) {
    if (!got.has(path)) differences.push(`${path}: committed but no longer built (extra file in public/data)`);
    else if (!readFileSync(join(expected, path)).equals(readFileSync(join(actual, path))))
      differences.push(`${path}: differs from a fresh build`);
    got.delete(path);
  }
  for (const path of got) differences.push(`${path}: built but not committed (missing from public/data)`);
  return differences;
}

/** True when CI is set to anything but "false" (as tests/e2e/run.mjs reads it). */
export function underCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && env.CI !== 'false';
}

/** Runs the check; `shared` is where the source data should be. */
export function main(shared = SHARED_DATA, ci = underCI()): number {
  if (!existsSync(shared)) {
    if (ci) {
      console.error(`data:check cannot run under CI: ../shared/data not found (looked in ${shared}). CI must check the data.`);
      return 1;
    }
    console.log(`data:check skipped: ../shared/data not found (looked in ${shared})`);
    return 0;
  }
  const committed = join(REPO_ROOT, 'public', 'data');
  let built: string;
  try {
    built = (JSON.parse(readFileSync(join(committed, 'manifest.json'), 'utf8')) as DataManifest).built;
  } catch (error) {
    console.error(
      `data:check: cannot read the committed public/data/manifest.json (${(error as Error).message}); run \`npm run data\` first`,
    );
    return 1;
  }
  const out = mkdtempSync(join(tmpdir(), 'safe-surgeries-data-'));
  try {
    const result = buildData({ ...defaultOptions(built), out });
    const differences = compareFolders(committed, out);
    const files = listFiles(out).length;
    if (differences.length > 0) {
      console.error(
        `data:check: public/data is not what \`npm run data -- --date ${built}\` builds (${differences.length} differences):`,
      );
      for (const line of differences.slice(0, 50)) console.error(`  ${line}`);
      if (differences.length > 50) console.error(`  … and ${differences.length - 50} more`);
      return 1;
    }
    console.log(
      `data:check: all ${files.toLocaleString('en-GB')} files in public/data match a fresh build (built ${built}, ${(result.milliseconds / 1000).toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`data:check: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) process.exitCode = main();
