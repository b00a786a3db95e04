/**
 * `npm run posters -- --codes F84003,G85109 [--out posters/] [--dist dist] [--languages en,ar] [--allow-local]`:
 * prints each practice's poster, the built app's /poster/{CODE}, to {out}/{CODE}.pdf in headless Chromium.
 * Serves the build with `vite preview`, so the pages get the production headers, strict CSP included.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { isMain } from './is-main.ts';
import { posterAddressProblem } from './posters/address.ts';
import { parsePosterArgs, pdfPath, posterPath, USAGE, type PosterOptions } from './posters/args.ts';
import { startPreview } from './posters/preview.ts';

/** What the page marks when the practice does not exist (src/components/PracticeStates.tsx), in any language. */
export const NOT_FOUND_MARK = '[data-practice-not-found]';

// Ample for a poster to fetch its practice record and its languages' strings from a server on this computer.
const READY_TIMEOUT = 30_000;

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
