import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { serveStatic } from './static-server.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

test('a new version is offered in a status message, and taken only when the person asks', async ({ page }) => {
  // Its own server, so that "deploying" a new worker touches no other test.
  const server = await serveStatic(dist);
  try {
    await page.goto(`${server.url}/`);
    const status = page.getByRole('status');
    await expect(status).toContainText('Ready to work offline');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('button', { name: 'OK' }).click();

    const waiting = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    // A new deploy: the worker script changes, which the browser treats as an update.
    const deploy = async (version: string) => {
      server.override('/sw.js', (body) => `${body}\n// ${version}`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    };

    await deploy('version 2');
    await expect(status).toContainText('A new version of this app is ready.');
    expect(await waiting()).toBe(true);
    // The page must reload into the new version, not just activate it behind the person's back.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    expect(await waiting()).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');
    await expect(status).not.toContainText('A new version');

    await deploy('version 3');
    await expect(status).toContainText('A new version of this app is ready.');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(status).toHaveText('');
    expect(await waiting()).toBe(true);
  } finally {
    await server.close();
  }
});
