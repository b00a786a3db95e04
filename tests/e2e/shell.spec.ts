import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { strings } from './strings.ts';

const ar = strings('ar');

test('Home shows the promise and the three actions, in English, and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  for (const [name, href] of [
    ['Know your rights', '/rights'],
    ['Find a GP practice', '/find'],
    ['Show this to reception', '/card'],
  ] as const) {
    await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveAttribute('href', href);
  }
  await expectNoAxeViolations(page);
});

test('switching to Arabic turns the page right to left, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Language/ }).click();
  await expect(page).toHaveURL(/\/languages$/);
  await page
    .locator('.language-list')
    .last()
    .getByRole('link', { name: /العربية/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.translation.home.title);
  await expectNoAxeViolations(page);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.translation.home.title);
});

test("the phone's own language is used when nothing else says otherwise", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await context.close();
});

test("a poster's upper-case URL /P/F84003 reaches the practice route", async ({ page }) => {
  const response = await page.goto('/P/F84003');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  await expect(page).toHaveTitle('Lower Clapton General Practice – Safe Surgeries');
});

test('an SMS link /ar/p/f84003 opens the practice in Arabic', async ({ page }) => {
  await page.goto('/ar/p/f84003');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
  await expect(page.getByRole('heading', { level: 2, name: ar.practice.howTitle })).toBeVisible();
});

test('unknown paths show a helpful page, never a blank screen', async ({ page }) => {
  for (const path of ['/nope', '/p/%00', `/${'x'.repeat(2000)}`, '/..%2F..%2Fetc']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find this page');
  }
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');
});

test('every screen of the URL contract opens and passes axe', async ({ page }) => {
  for (const [path, heading] of [
    ['/rights', 'Know your rights'],
    ['/find', 'Find a GP practice'],
    ['/card?p=F84003', 'Show this to reception'],
    ['/poster/F84003', 'Poster for reception'],
    ['/share/F84003', 'Share this practice'],
    ['/about', 'About this app'],
    ['/languages', 'Choose your language'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
});
