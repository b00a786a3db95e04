/**
 * `npm run posters -- --codes F84003,G85109 [--out posters/] [--dist dist] [--languages en,ar] [--allow-local]`:
 * prints each practice's poster, the built app's /poster/{CODE}, to {out}/{CODE}.pdf in headless Chromium.
 * Serves the build with `vite preview`, so the pages get the production headers, strict CSP included.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { normaliseCode } from '../router/routes.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { readLanguages } from './i18n/files.ts';
import { isMain } from './is-main.ts';

// Node has no build-time defines: the language codes come from locales/languages.json itself.
const LANGUAGE_CODES = readLanguages().map((l) => l.code);

/** How to call the tool. */
export const USAGE =
  'Usage: npm run posters -- --codes F84003,G85109 [--out posters/] [--dist dist] [--languages en,ar] [--allow-local]';

/** What the page marks when the practice does not exist (src/components/PracticeStates.tsx), in any language. */
export const NOT_FOUND_MARK = '[data-practice-not-found]';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Ample for a poster to fetch its practice record and its languages' strings from a server on this computer.
const READY_TIMEOUT = 30_000;
const SERVER_TIMEOUT = 30_000;

/** What the command line asks for. */
export interface PosterOptions {
  /** Valid ODS codes, upper-cased, each once, in the order given. */
  codes: string[];
  /** Entries of --codes that cannot be ODS codes, as typed. */
  invalid: string[];
  out: string;
  dist: string;
  /** Languages to preselect on every poster, canonical codes; empty leaves the screen's default. */
  languages: string[];
  allowLocal: boolean;
  help: boolean;
}

/** Splits --codes values on commas and spaces into normalised ODS codes (each once) and the entries that are not. */
export function normaliseCodes(values: readonly string[]): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const entry of values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean)) {
    const code = normaliseCode(entry);
    if (code === null) invalid.push(entry);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}

/** The canonical codes of a comma-separated --languages value; throws on a language the app does not speak. */
export function parseLanguages(value: string | undefined, known: readonly string[] = LANGUAGE_CODES): string[] {
  if (value === undefined) return [];
  const languages: string[] = [];
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const code = known.find((k) => k.toLowerCase() === entry.toLowerCase());
    if (!code) throw new Error(`The app does not speak "${entry}": use some of ${known.join(', ')}`);
    if (!languages.includes(code)) languages.push(code);
  }
  if (languages.length === 0) throw new Error('--languages needs at least one language, like --languages en,ar');
  return languages;
}

/** Parses the command line (without node and the script); throws an Error whose message is for the user. */
export function parsePosterArgs(argv: readonly string[], knownLanguages: readonly string[] = LANGUAGE_CODES): PosterOptions {
  // Throws on an unknown option or a stray argument, with a message naming it.
  const { values } = parseArgs({
    args: [...argv],
    options: {
      codes: { type: 'string', multiple: true },
      out: { type: 'string', default: 'posters' },
      dist: { type: 'string', default: 'dist' },
      languages: { type: 'string' },
      'allow-local': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const chosen = { out: values.out, dist: values.dist, allowLocal: values['allow-local'], help: values.help };
  if (chosen.help) return { ...chosen, codes: [], invalid: [], languages: [] };
  const { codes, invalid } = normaliseCodes(values.codes ?? []);
  if (codes.length === 0 && invalid.length === 0) throw new Error('Which practices? Give their ODS codes: --codes F84003,G85109');
  if (!chosen.out.trim()) throw new Error('--out needs a folder, like --out posters/');
  return { ...chosen, codes, invalid, languages: parseLanguages(values.languages, knownLanguages) };
}

/** The app path of a practice's poster, with the languages to preselect when there are any. */
export function posterPath(code: string, languages: readonly string[] = []): string {
  // Commas left as they are: the screen splits the parameter on them.
  const query = languages.length ? `?languages=${languages.map(encodeURIComponent).join(',')}` : '';
  return `/poster/${encodeURIComponent(code)}${query}`;
}

/** Where a practice's poster is written. */
export function pdfPath(out: string, code: string): string {
  return join(out, `${code}.pdf`);
}

/** True when an address's host is this computer (localhost, 127.0.0.0/8, ::1, 0.0.0.0): no phone can open it. */
export function isLoopbackUrl(address: string): boolean {
  let host: string;
  try {
    // The poster shows its address upper-cased; URL lower-cases the host and normalises 127.1, 0x7f.0.0.1 and the like.
    host = new URL(address.trim()).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    // IPv4-mapped IPv6 (::ffff:127.0.0.1), which URL writes in hex.
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}

/** Why a poster showing `address` must not be printed, or null when it may. */
export function posterAddressProblem(address: string, allowLocal: boolean): string | null {
  const shown = address.trim();
  let url: URL;
  try {
    url = new URL(shown);
  } catch {
    return `The poster shows "${shown}", which is not a web address: is the build older than the poster screen?`;
  }
  if (!/^https?:$/.test(url.protocol)) return `The poster shows "${shown}", which a phone camera would not open as a web page.`;
  if (isLoopbackUrl(shown) && !allowLocal) {
    return [
      `The posters would point at ${url.host}, which is this computer: no phone could open them.`,
      'Build with the public address first: PUBLIC_ORIGIN=https://your.host npm run build',
      '(or pass --allow-local to print test posters anyway).',
    ].join('\n');
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Serves `dist` with `vite preview` on a free loopback port until `stop` is called. */
export async function startPreview(dist: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Vite's own script under this Node, not npx: the child's pid is then the server's, and killing it stops it.
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('error', (error) => (output += `${error.message}\n`));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Should this process die without reaching `stop`, the server must not outlive it.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + SERVER_TIMEOUT;
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`vite preview stopped before serving:\n${output}`);
      if (Date.now() > deadline)
        throw new Error(`vite preview did not answer on ${url} within ${SERVER_TIMEOUT / 1000} s:\n${output}`);
      const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return { url, stop };
      await new Promise((wait) => setTimeout(wait, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What happened to one poster. */
type Outcome =
  { kind: 'written' } | { kind: 'notFound' } | { kind: 'failed'; reason: string } | { kind: 'refused'; reason: string };

/** Opens one poster, waits until it is ready or says the practice does not exist, and prints it to `file`. */
async function printPoster(page: Page, url: string, file: string, allowLocal: boolean): Promise<Outcome> {
  try {
    await page.goto(url);
    const ready = page.locator('[data-poster-ready]');
    const missing = page.locator(NOT_FOUND_MARK);
    const shown = await ready
      .or(missing)
      .first()
      .waitFor({ state: 'attached', timeout: READY_TIMEOUT })
      .then(
        () => true,
        () => false,
      );
    if (!shown) {
      const seconds = READY_TIMEOUT / 1000;
      return { kind: 'failed', reason: `in ${seconds} s the page showed neither [data-poster-ready] nor ${NOT_FOUND_MARK}` };
    }
    if ((await ready.count()) === 0) return { kind: 'notFound' };
    const missingLanguages = await ready.first().getAttribute('data-poster-missing');
    if (missingLanguages)
      return {
        kind: 'failed',
        reason: `the strings of ${missingLanguages} could not be loaded, so the poster would leave them out`,
      };
    const shownUrl = page.locator('[data-poster-url]');
    if ((await shownUrl.count()) === 0) {
      return {
        kind: 'refused',
        reason: 'The poster shows no [data-poster-url], so the address its QR code holds cannot be checked.',
      };
    }
    // The exact address the QR code holds is in the attribute; the text is the friendlier form to type.
    const address = (await shownUrl.first().getAttribute('data-poster-url')) || ((await shownUrl.first().textContent()) ?? '');
    const problem = posterAddressProblem(address, allowLocal);
    if (problem) return { kind: 'refused', reason: problem };
    // The poster's text must be in its own fonts, not a fallback, when it is printed.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    // A4 only when the poster's CSS names no @page size: Chromium's own default is US Letter.
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
    return { kind: 'written' };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { kind: 'failed', reason };
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let options: PosterOptions;
  try {
    options = parsePosterArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const { codes, invalid, out, languages, allowLocal } = options;
  for (const entry of invalid)
    console.error(`Not a practice (ODS) code, skipped: "${entry}" (3 to 10 letters and digits, like F84003)`);
  if (codes.length === 0) {
    console.error('No valid practice codes to print.');
    return 1;
  }
  const dist = resolve(options.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built app in ${options.dist} (index.html is missing): run \`npm run build\` first.`);
    return 1;
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    console.error(`No Chromium at ${executablePath}. Install Debian's (sudo apt-get install -y chromium) or set CHROME_PATH.`);
    return 1;
  }
  mkdirSync(out, { recursive: true });

  const outcomes = new Map<string, Outcome>();
  const server = await startPreview(dist);
  try {
    // Loaded here, not at the top, so the unit tests of the helpers above do not load a browser driver.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      // No service worker: each poster should come from the build being served, not from a cache of an earlier one.
      const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
      const page = await context.newPage();
      for (const [index, code] of codes.entries()) {
        const label = `poster ${index + 1}/${codes.length}: ${code}`;
        const file = pdfPath(out, code);
        const outcome = await printPoster(page, `${server.url}${posterPath(code, languages)}`, file, allowLocal);
        outcomes.set(code, outcome);
        if (outcome.kind === 'written') console.log(`${label} → ${file}`);
        else if (outcome.kind === 'notFound') console.error(`${label}: no such practice in this build, skipped`);
        else if (outcome.kind === 'failed') console.error(`${label}: failed, ${outcome.reason}`);
        else {
          console.error(`${label}: refused.\n${outcome.reason}`);
          // Every poster of a build encodes the same origin: the rest would be refused too.
          return 1;
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }

  const codesWhere = (kind: Outcome['kind']) => codes.filter((code) => outcomes.get(code)?.kind === kind);
  const written = codesWhere('written');
  console.log(`\nWrote ${written.length} of ${codes.length} poster${codes.length === 1 ? '' : 's'} to ${out}.`);
  const notFound = codesWhere('notFound');
  const failed = codesWhere('failed');
  if (notFound.length) console.error(`Could not find: ${notFound.join(', ')} (check the codes, or rebuild with newer data).`);
  if (failed.length) console.error(`Failed: ${failed.join(', ')}.`);
  if (invalid.length) console.error(`Not practice codes: ${invalid.join(', ')}.`);
  return notFound.length || failed.length || invalid.length ? 1 : 0;
}

if (isMain(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  });
}
