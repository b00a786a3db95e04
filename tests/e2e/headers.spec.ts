import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { serveStatic } from './static-server.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

test('the server sends the security headers, and caching that lets updates reach people', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[type="module"][src^="/assets/"]').getAttribute('src');
  const get = async (path: string) => (await request.get(path)).headers();
  for (const path of ['/', '/p/F84003', '/sw.js', '/offline.json']) {
    const headers = await get(path);
    expect(headers['content-security-policy'], path).toMatch(
      /^default-src 'self'; script-src 'self'; style-src 'self';.*frame-ancestors 'none'$/,
    );
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['permissions-policy'], path).not.toMatch(/interest-cohort/);
    expect(headers['cache-control'], path).toBe('no-cache');
  }
  expect((await get(script ?? ''))['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('on a host that ignores _headers, the <meta> CSP still blocks inline script and other origins', async ({ page }) => {
  // A bare static server: no CSP header at all.
  const server = await serveStatic(dist);
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');
    const blocked = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => {
            seen.push(event.effectiveDirective);
            if (seen.length === 2) resolve(seen.sort());
          });
          const inline = document.createElement('script');
          inline.textContent = 'window.injected = true';
          document.head.append(inline);
          const foreign = document.createElement('img');
          foreign.src = 'https://tracker.example/pixel.gif';
          document.body.append(foreign);
        }),
    );
    expect(blocked).toEqual(['img-src', 'script-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
