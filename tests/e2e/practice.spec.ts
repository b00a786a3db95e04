import { expect, test } from '@playwright/test';
import { askToSaveData } from './save-data.ts';
import { expectNoAxeViolations } from './axe.ts';

test('/P/F84003 (a poster scan) shows the practice, its Safe Surgery source, and how to register', async ({ page }) => {
  await page.goto('/P/F84003');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  await expect(page).toHaveTitle('Lower Clapton General Practice – Safe Surgeries');
  await expect(page.locator('.badge')).toHaveText('Safe Surgery');
  await expect(page.getByRole('link', { name: /Read the source/ })).toHaveAttribute('href', /pulsetoday/);
  await expect(page.locator('address')).toContainText('E5 0RD');
  await expect(page.getByRole('link', { name: /^Call / })).toHaveAttribute('href', 'tel:+442089867111');
  const directions = page.getByRole('link', { name: 'Directions' });
  await expect(directions).toHaveAttribute('href', /^geo:51\.\d+,-0\.\d+\?q=/);
  await expect(directions).toHaveAccessibleDescription(/leaves the Safe Surgeries app/);
  await expect(page.getByRole('heading', { level: 2, name: 'How to register here' })).toBeVisible();
  await expect(page.getByText('You do not need proof of address, ID or immigration status.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show this to reception' })).toHaveAttribute('href', '/card?p=F84003');
  await expect(page.getByRole('link', { name: 'Share this practice' })).toHaveAttribute('href', '/share/F84003');
  await expect(page.getByRole('link', { name: 'Print a poster for your reception' })).toHaveAttribute('href', '/poster/F84003');
  await expectNoAxeViolations(page);
});

test('a practice that is not a member never shows the Safe Surgery badge', async ({ page }) => {
  await page.goto('/p/F84018');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Nightingale Practice');
  await expect(page.locator('.badge')).toHaveCount(0);
  await expect(page.getByText('Safe Surgery', { exact: true })).toHaveCount(0);
});

test('the poster scan shows the practice from one record: the directory is not downloaded first', async ({ context, page }) => {
  // On a phone that asks to save data, the directory is never downloaded unasked; elsewhere it follows,
  // when the browser is idle after the practice shows (offline.spec.ts).
  await askToSaveData(context);
  const data: string[] = [];
  page.on('request', (request) => request.url().includes('/data/') && data.push(new URL(request.url()).pathname));
  await page.goto('/P/G85109');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clapham Park Group Practice');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForTimeout(1000);
  expect(data).toEqual(['/data/practice/G85109.json']);
});

test('an unknown code says so and offers a search that keeps the postcode out of the URL', async ({ page }) => {
  await page.goto('/p/ZZZ999');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that practice");
  await expect(page.getByText('ZZZ999')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your postcode').fill('E5 8');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/find$/);
  await expect(page.locator('ol.result-list > li').first().getByRole('link').first()).toHaveText('The Nightingale Practice');
});

test('in Arabic the practice page is right to left, with the English sentence to say at reception', async ({ page }) => {
  await page.goto('/ar/p/f84003');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  await expect(page.getByText('I would like to register with this practice')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a visited practice page opens again with the network off', async ({ context, page }) => {
  await page.goto('/P/F84003');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  // A practice never opened before says why it cannot show, and offers to try again.
  await page.goto('/p/F84018');
  await expect(page.getByRole('alert')).toContainText('You are offline');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
