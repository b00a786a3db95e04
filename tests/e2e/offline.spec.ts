import { expect, test, type Page } from '@playwright/test';
import { readStrings } from '../../src/tools/i18n/files.ts';
import { strings } from './strings.ts';

const ar = strings('ar');

/** Waits until the worker controls the page and has kept every string file of the page's language. */
/** Every string file a language has (one per English file). */
const STRING_FILES = Object.keys(readStrings('en')).length;

/** Waits until the worker keeps every string file of a language for offline use. */
async function waitUntilKeptForOffline(page: Page, code: string) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(
    async ([lang, count]) =>
      (await (await caches.open('language-strings')).keys()).filter((r) => r.url.includes(`/locales/${lang}/`)).length >= Number(count),
    [code, STRING_FILES] as const,
  );
}

test('after one visit in Arabic, every screen works offline in Arabic, and English too', async ({ context, page }) => {
  await page.goto('/ar/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The worker keeps every Arabic string file, though this visit showed only Home.
  await waitUntilKeptForOffline(page, 'ar');

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.translation.home.title);
  for (const [path, heading] of [
    ['/ar/about', ar.about.title],
    ['/ar/rights', ar.rights.title],
    ['/ar/find', ar.find.title],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goto('/ar/card');
  await expect(page.locator('.card-half[lang="en"]')).toContainText('I need an interpreter for Arabic.');

  // The shell opens any deep link offline; a practice's details come with its first visit (practice.spec.ts).
  await page.goto('/P/F84003');
  await expect(page.getByRole('alert')).toBeVisible();

  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
  await page.getByRole('link', { name: 'Safe Surgeries: home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');
  expect(fromNetwork).toEqual([]);
});

test('a language never used on this phone says so when offline, and the app carries on in English', async ({ context, page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto('/ar/about');
  await expect(page.getByRole('alert')).toContainText('This language could not be loaded.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
});
