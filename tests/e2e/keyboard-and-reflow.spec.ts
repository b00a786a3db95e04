import { expect, test } from '@playwright/test';

test('the first Tab reaches a visible "Skip to main content" link that moves focus past the header', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 20).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Know your rights/ })).toBeFocused();
});

test('the actions and the language list can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Find a GP practice/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a GP practice');
});

for (const path of ['/', '/ar/', '/languages', '/ar/about', '/P/F84003']) {
  test(`${path} reflows at 320 CSS pixels without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
