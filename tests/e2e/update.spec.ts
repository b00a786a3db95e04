import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const v1 = join(root, 'dist');
let work = '';
let v2 = '';

const V1_TITLE = 'Register with a GP';
const V2_TITLE = 'Register with a GP (version 2)';
const V2_ABOUT = 'About this app (version 2)';
const V2_PRACTICE = 'The Nightingale Practice (version 2)';

/** Edits a JSON file in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON file
function edit(file: string, change: (json: any) => void) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** A second build of the app from a copy of the project, with different strings and practice data. */
test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'safe-surgeries-v2-'));
  for (const entry of ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(work, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  edit(join(work, 'locales/en/translation.json'), (json) => (json.home.title = V2_TITLE));
  edit(join(work, 'locales/en/about.json'), (json) => (json.title = V2_ABOUT));
  // New data: one practice renamed, and the manifest's hash of the list updated as `npm run data` would.
  const list = join(work, 'public/data/practices.json');
  const text = readFileSync(list, 'utf8').replace('"The Nightingale Practice"', `"${V2_PRACTICE}"`);
  writeFileSync(list, text);
  edit(join(work, 'public/data/manifest.json'), (json) => {
    json.files.practices.hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: work, stdio: 'inherit' });
  v2 = join(work, 'dist');
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every script and stylesheet of a build. */
const assets = (dist: string) => new Set(readdirSync(join(dist, 'assets')).map((file) => `/assets/${file}`));

/** The app files this page has loaded. */
const loadedAssets = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/assets/')),
  );

async function search(page: Page, postcode: string) {
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Search' }).click();
  return page.locator('ol.result-list > li').first().getByRole('link').first();
}

test('an update is offered, never forced: declined, v1 keeps working offline; accepted, the page is all v2, and only then is v1 removed', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  const server = await serveStatic(v1);
  const status = page.locator('.pwa-status');
  try {
    await page.goto(`${server.url}/`);
    await expect(status).toContainText('Ready to work offline');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.goto(`${server.url}/about`);
    await expect(page.getByText('Saved on this phone.')).toBeVisible({ timeout: 30_000 });

    // Deploy version 2: the browser finds the new worker, which waits for the person.
    server.deploy(v2);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(status).toContainText('A new version of this app is ready.');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(status).toHaveText('');

    // Declined: offline, version 1 carries on whole — its strings, its data, its lazy screens.
    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(V1_TITLE);
    await page.goto(`${server.url}/find`);
    await expect(await search(page, 'E5 8BY')).toHaveText('The Nightingale Practice');
    await page.goto(`${server.url}/about`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
    const v1Assets = assets(v1);
    expect((await loadedAssets(page)).filter((path) => !v1Assets.has(path))).toEqual([]);

    // Accepted (online again): the page reloads into version 2, with nothing of version 1 in it.
    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    await expect(status).toContainText('A new version of this app is ready.');
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(V2_TITLE);
    await page.goto(`${server.url}/about`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(V2_ABOUT);
    await expect(page.getByText('Saved on this phone.')).toBeVisible({ timeout: 30_000 });
    await page.goto(`${server.url}/find`);
    await expect(await search(page, 'E5 8BY')).toHaveText(V2_PRACTICE);
    const v2Assets = assets(v2);
    expect((await loadedAssets(page)).filter((path) => !v2Assets.has(path))).toEqual([]);

    // Only now, with version 1 no longer in use, are its files and data gone from every cache.
    const v1Only = [...v1Assets].filter((path) => !v2Assets.has(path));
    expect(v1Only.length).toBeGreaterThan(0);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls.map((url) => new URL(url)).map((url) => `${url.pathname}${url.search}`);
    });
    expect(cached.filter((url) => v1Only.includes(url.split('?')[0] ?? ''))).toEqual([]);
    expect(cached.filter((url) => url.startsWith('/data/practices.json'))).toHaveLength(1);
    await context.setOffline(true);
    await page.goto(`${server.url}/about`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(V2_ABOUT);
  } finally {
    await server.close();
  }
});
