import { expect, test } from '@playwright/test';

test('after one visit the app works with the network off, deep links and Arabic included', async ({ context, page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Ready to work offline');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register with a GP');

  // The shell opens any deep link offline; a practice's details come with its first visit (practice.spec.ts).
  await page.goto('/P/F84003');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GP practice');
  await expect(page.getByRole('alert')).toContainText('You are offline');

  await page.goto('/ar/about');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('عن هذا التطبيق');

  await page.getByRole('link', { name: 'العيادات الآمنة: الصفحة الرئيسية' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجّل عند طبيب عام');
  expect(fromNetwork).toEqual([]);
});
