/**
 * `npm run screenshots -- --lang ar,ti --out screenshots/`: photographs Home, Know your rights and the
 * reception card in each language at a small phone's size (360×740), from the built app in the system
 * Chromium, so a person can look for missing glyphs (tofu boxes), clipped text and broken right-to-left
 * layout. Writes `{out}/{lang}-{screen}.png`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './posters/preview.ts';

const SCREENS = { home: '/', rights: '/rights', card: '/card?p=F84003' };

const { values } = parseArgs({ options: { lang: { type: 'string' }, out: { type: 'string' } } });
const languages = (values.lang ?? 'ar,fa,ti,am,zh-Hans,zh-Hant,bn,ta,pa').split(',');
const out = resolve(values.out ?? 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startPreview(fileURLToPath(new URL('../../dist', import.meta.url)));
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  for (const code of languages) {
    for (const [name, path] of Object.entries(SCREENS)) {
      await page.goto(`${server.url}/${code}${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      const file = join(out, `${code}-${name}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'rights' });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
