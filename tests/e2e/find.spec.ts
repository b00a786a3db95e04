import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { askToSaveData } from './save-data.ts';
import { strings } from './strings.ts';

const ar = strings('ar');

async function search(page: Page, postcode: string) {
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Search' }).click();
}

const results = (page: Page) => page.locator('ol.result-list > li');

test('E5 8 lists The Nightingale Practice first, ten practices nearest first, and passes axe', async ({ page }) => {
  await page.goto('/find');
  const field = page.getByLabel('Your postcode');
  await expect(field).toHaveAttribute('name', 'postcode');
  await expect(field).toHaveAttribute('autocomplete', 'postal-code');
  await search(page, 'E5 8');
  // The postcode is wrapped in Unicode isolates (U+2068 … U+2069) so right-to-left text cannot scramble it.
  await expect(page.getByRole('heading', { level: 2, name: /^GP practices near \u2068E5 8\u2069$/ })).toBeVisible();
  await expect(results(page)).toHaveCount(10);
  const first = results(page).first().getByRole('link').first();
  await expect(first).toHaveText('The Nightingale Practice');
  await expect(first).toHaveAttribute('href', '/p/F84018');
  await expect(results(page).first()).toContainText(/\d\.\d miles/);
  await expect(results(page).first().locator('a[href^="tel:+44"]')).toBeVisible();
  // Lower Clapton is a member, near E5 8: it carries the badge.
  const member = results(page).filter({ hasText: 'Lower Clapton' });
  await expect(member.locator('.badge')).toHaveText('Safe Surgery');
  await expect(results(page).locator('.badge')).toHaveCount(1);
  // Distances never decrease down the list.
  const miles = (await results(page).locator('.distance').allTextContents()).map((text) => Number.parseFloat(text));
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  await expectNoAxeViolations(page);
});

test('postcodes work as people type them: e58by, lower case, stray spaces, district only', async ({ page }) => {
  await page.goto('/find');
  for (const typed of ['e58by', '  E5   8BY ', 'e5']) {
    await search(page, typed);
    await expect(results(page)).toHaveCount(10);
    await expect(results(page).first()).toContainText(/Practice|Surgery|Centre|Clinic/i);
  }
  await search(page, 'e58by');
  await expect(results(page).first().getByRole('link').first()).toHaveText('The Nightingale Practice');
});

test('garbage gets a clear message by the field, keeps what was typed, and downloads nothing', async ({ context, page }) => {
  // No background save for offline use, so any data request would be the search's.
  await askToSaveData(context);
  const dataRequests: string[] = [];
  page.on('request', (request) => request.url().includes('/data/') && dataRequests.push(request.url()));
  await page.goto('/find');
  await search(page, 'hello!!');
  await expect(page.locator('#postcode-error')).toHaveText('Error: That is not a UK postcode. A postcode looks like E5 8BY.');
  const field = page.getByLabel('Your postcode');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('hello!!');
  await search(page, '');
  await expect(page.locator('#postcode-error')).toContainText('Enter a postcode');
  expect(dataRequests).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a well-formed postcode that does not exist says so', async ({ page }) => {
  await page.goto('/find');
  await search(page, 'ZZ9 9ZZ');
  await expect(page.locator('#postcode-error')).toContainText('We could not find the postcode \u2068ZZ9 9ZZ\u2069');
});

test('"Safe Surgeries only" lists members, and says so when none is near', async ({ page }) => {
  await page.goto('/find');
  await search(page, 'E5 8');
  await page.getByLabel('Show Safe Surgeries only').check();
  await expect(results(page).first().getByRole('link').first()).toHaveText('Lower Clapton General Practice');
  await expect(results(page).locator('.badge')).toHaveCount(await results(page).count());

  await search(page, 'M1 1AE');
  await expect(page.getByText('We do not know of a Safe Surgery within 10 miles of here.')).toBeVisible();
  await expect(page.getByText('Every GP practice in England must follow the same rules.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all GP practices' }).click();
  await expect(results(page)).toHaveCount(10);
});

test('"Use my location" searches from the phone\'s position, asked only on the tap', async ({ browser, baseURL }) => {
  // Standing at The Nightingale Practice's own position, as the data gives it.
  const [row] = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/practice/F84018.json'), 'utf8')).practices;
  const scale = 100000;
  const geolocation = { latitude: row[5] / scale, longitude: row[6] / scale };
  const context = await browser.newContext({ baseURL, permissions: [], geolocation });
  const page = await context.newPage();
  await page.goto('/find');
  await context.grantPermissions(['geolocation']);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'GP practices near you' })).toBeVisible();
  await expect(results(page).first().getByRole('link').first()).toHaveText('The Nightingale Practice');
  await context.close();
});

test('a refused location gets a message, not a blank', async ({ page }) => {
  await page.goto('/find');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByRole('alert')).toContainText('You can type your postcode instead.');
});

test('the postcode never leaves the phone: not in any request, not in the URL', async ({ context, page, baseURL }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto('/find');
  await search(page, 'SW4 8JP');
  await expect(results(page)).toHaveCount(10);
  await results(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/p\/[A-Z0-9]+$/);
  await page.goBack();
  // Back shows the same results from memory.
  await expect(page.getByRole('heading', { level: 2, name: /^GP practices near \u2068SW4 8JP\u2069$/ })).toBeVisible();
  expect(page.url()).toBe(`${baseURL}/find`);
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requests.filter((url) => /SW4|8JP/i.test(decodeURIComponent(url)))).toEqual([]);
  const stored = await page.evaluate(() => JSON.stringify(localStorage) + document.cookie);
  expect(stored).not.toMatch(/SW4|8JP/i);
});

test('in Arabic the results read right to left, with kilometres beside miles', async ({ page }) => {
  await page.goto('/ar/find');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel(ar.find.postcodeLabel).fill('E5 8');
  await page.getByRole('button', { name: ar.find.search, exact: true }).click();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).first().getByRole('link').first()).toHaveText('The Nightingale Practice');
  await expect(results(page).first().locator('.distance')).toContainText('كيلومتر');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/ar/p/F84018');
  await expectNoAxeViolations(page);
});

test('after one search, Find works with the network off', async ({ context, page }) => {
  await page.goto('/find');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await search(page, 'E5 8');
  await expect(results(page)).toHaveCount(10);
  await context.setOffline(true);
  await page.reload();
  await search(page, 'SW4 8JP');
  await expect(results(page)).toHaveCount(10);
  await results(page).first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'How to register here' })).toBeVisible();
});
