import { expect, test } from '@playwright/test';

test('no request leaves the origin, nothing breaks the strict CSP, and nothing is stored but the language', async ({ context, page, baseURL }) => {
  const origins = new Set<string>();
  context.on('request', (request) => origins.add(new URL(request.url()).origin));
  // A strict-CSP violation (an inline script or style, a foreign host) is reported as a console error.
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  for (const name of ['Know your rights', 'Find a GP practice', 'Show this to reception']) {
    await page.getByRole('link', { name: new RegExp(name) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
  }
  await page.getByRole('link', { name: 'About this app and your privacy' }).click();
  await page.getByRole('link', { name: 'All languages' }).click();
  await page.getByRole('link', { name: /العربية/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.evaluate(() => navigator.serviceWorker.ready);

  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  expect(errors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((db) => db.name),
  }));
  expect(stored).toEqual({ local: { 'safe-surgeries:language': 'ar' }, session: 0, cookie: '', databases: [] });
});

test('the web app manifest is complete and its icons exist', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    short_name: 'Safe Surgeries',
    start_url: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#/),
  });
  expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/find', '/card']);
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
