import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { askToSaveData } from './save-data.ts';
import { strings } from './strings.ts';

const ar = strings('ar');
const en = strings('en');

/** Waits until everything is kept for offline use: About says so (src/pwa/offline-save.ts). */
async function waitUntilSaved(page: Page, saved = en.pwa.save.saved) {
  await expect(page.getByText(saved)).toBeVisible({ timeout: 30_000 });
}

/** Records every response that did not come from the service worker or Cache Storage. */
function network(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) seen.push(response.url());
  });
  return seen;
}

async function offline(context: BrowserContext) {
  await context.setOffline(true);
}

test('after one visit, every screen works with the network off: search, practice, poster, share with its QR', async ({
  context,
  page,
}) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto('/about');
  await waitUntilSaved(page);

  await offline(context);
  const fromNetwork = network(page);
  await expect(page.locator('.connection')).toHaveText(en.translation.status.offline);
  for (const [path, heading] of [
    ['/', en.translation.home.title],
    ['/rights', en.rights.title],
    ['/card', en.card.title],
    ['/languages', en.languages.title],
    ['/about', en.about.title],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // Find, with a search: the directory was saved, though nobody searched online.
  await page.goto('/find');
  await page.getByLabel('Your postcode').fill('E5 8BY');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('ol.result-list > li')).toHaveCount(10);
  // Any practice, though its page was never opened online; its poster with the QR code; share.
  await page.goto('/p/F84018');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Nightingale Practice');
  await page.goto('/poster/F84003');
  await expect(page.locator('.poster[data-poster-ready] svg.qr')).toBeVisible();
  await expect(page.locator('.poster-line[lang="ar"]')).toHaveText(ar.poster.headline);
  await page.goto('/share/F84003');
  await page.getByLabel(en.share.languageLabel).selectOption('ar');
  await expect(page.locator('.sms-preview')).toHaveAttribute('lang', 'ar');
  await page.getByRole('button', { name: en.share.showQr }).click();
  await expect(page.locator('svg.qr')).toBeVisible();
  expect(fromNetwork).toEqual([]);
});

test('the offline layer keeps what other pages used: Arabic after an English page, a poster after About', async ({
  context,
  page,
}) => {
  await page.goto('/ar/about');
  await waitUntilSaved(page, ar.pwa.save.saved);
  await page.goto('/en/about');
  await waitUntilSaved(page);
  await page.goto('/poster/F84003');
  await expect(page.locator('.poster[data-poster-ready]')).toBeVisible();
  await page.goto('/about');
  await waitUntilSaved(page);

  await offline(context);
  await page.goto('/ar/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.translation.home.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.goto('/ar/rights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.rights.title);
  await page.goto('/en/poster/F84003');
  await expect(page.locator('.poster[data-poster-ready] svg.qr')).toBeVisible();
});

test('a language glimpsed on one screen is kept whole by the next save, though the page was left at once', async ({
  context,
  page,
}) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto('/ar/rights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.rights.title);
  await page.goto('/en/about');
  await waitUntilSaved(page);
  await offline(context);
  await page.goto('/ar/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.about.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link with a dot in its query (as messaging apps add) opens the app offline, not the browser error page', async ({
  context,
  page,
}) => {
  await page.goto('/about');
  await waitUntilSaved(page);
  await offline(context);
  await page.goto('/p/F84003?fbclid=IwAR3x.Ab_c.d&utm_source=whatsapp.com');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
});

test('a phone that asks to save data is offered the download with its size, and sees progress', async ({ context, page }) => {
  await askToSaveData(context);
  const data: string[] = [];
  page.on('request', (request) => request.url().includes('/data/') && data.push(request.url()));
  await page.goto('/find');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByText(en.pwa.save.saveData)).toBeVisible();
  const button = page.getByRole('button', { name: /^Save for offline use \(about \u2068[\d,]+ kB\u2069\)$/ });
  await expect(button).toBeVisible();
  expect(data).toEqual([]);
  await button.click();
  await waitUntilSaved(page);
  expect(data.filter((url) => /sectors|districts|practices\.json/.test(url))).toHaveLength(3);

  await offline(context);
  await page.goto('/about');
  await expect(page.getByText(en.pwa.save.saved)).toBeVisible();
});

test('offline, a practice not kept on the phone says so and offers to try again (practice, share, poster, card)', async ({
  context,
  page,
}) => {
  // Nothing of the directory is saved: its files cannot be fetched in this test.
  await context.route('**/data/**', (route) => route.abort());
  await page.goto('/about');
  // Saving says what failed, and keeps everything else (the staff tools' screens among it).
  await expect(page.getByRole('alert')).toContainText(en.pwa.save.failed, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: en.pwa.save.retry })).toBeVisible();
  await offline(context);
  for (const path of ['/p/F84003', '/share/F84003', '/poster/F84003', '/card?p=F84003']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toHaveText(`${en.practice.offline}${en.practice.retry}`);
    await expect(page.getByRole('button', { name: en.practice.retry })).toBeVisible();
  }
  // The card still works without the practice's name.
  await expect(page.locator('.card-half[lang="en"]')).toBeVisible();
});

test('a language never used on this phone says so when offline, and the app carries on in English', async ({ context, page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await offline(context);
  await page.goto('/ar/about');
  await expect(page.getByRole('alert').first()).toContainText('This language could not be loaded.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
});
