import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { pdfPages } from './pdf.ts';
import { decodeQrPng } from './qr-decode.ts';
import { strings } from './strings.ts';
import { smsSize } from '../../src/share/sms.ts';
import { readLanguages } from '../../src/tools/i18n/files.ts';

const ar = strings('ar');

test('/poster/F84003 prints on one A4 page, with a QR code over 5 cm wide that opens the practice', async ({ page, baseURL }) => {
  await page.goto('/poster/F84003');
  const poster = page.locator('.poster[data-poster-ready]');
  await expect(poster).toBeVisible();
  await expect(poster.locator('.poster-headline')).toHaveText(
    'You can ask to register here. You do not need proof of address, ID or immigration status.',
  );
  await expect(poster.locator('.poster-line[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(poster.locator('.poster-practice')).toHaveText('Lower Clapton General Practice');
  await expect(poster.locator('figcaption')).toContainText('Scan to read this in your language');
  await expect(poster.locator('figcaption [lang="ar"]')).toBeVisible();
  await expectNoAxeViolations(page);

  const qr = poster.locator('svg.qr');
  await expect(qr).toHaveAttribute('data-qr-mode', 'alphanumeric');
  const decoded = await decodeQrPng(await qr.screenshot());
  const host = new URL(baseURL ?? '').host;
  expect(decoded).toBe(`HTTP://${host}/P/F84003`);
  await expect(poster.locator('[data-poster-url]')).toHaveAttribute('data-poster-url', decoded ?? '');
  await expect(poster.locator('[data-poster-url]')).toHaveText(`${host}/p/F84003`);

  await page.emulateMedia({ media: 'print' });
  const width = (await qr.boundingBox())?.width ?? 0;
  expect(width / (96 / 2.54)).toBeGreaterThan(5); // CSS pixels to centimetres
  await expect(page.locator('.poster-controls')).toBeHidden();
  const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // One page, A4: 210 × 297 mm.
  expect(pdf.count).toBe(1);
  expect(pdf.widthMm).toBeCloseTo(210, 0);
  expect(pdf.heightMm).toBeCloseTo(297, 0);
  await page.emulateMedia({ media: 'screen' });

  // The decoded address, upper case as the poster prints it, opens the practice.
  await page.goto(decoded ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
});

test("staff choose the poster's languages; English always stays", async ({ page }) => {
  await page.goto('/poster/F84003');
  await expect(page.locator('.poster[data-poster-ready]')).toBeVisible();
  // Until staff choose: the languages of the most common nationalities claiming asylum, six right to left.
  await expect(page.locator('.poster-line')).toHaveCount(8);
  expect(await page.locator('.poster-line').evaluateAll((lines) => lines.map((l) => l.getAttribute('lang')))).toEqual([
    'ur',
    'prs',
    'ps',
    'ar',
    'fa',
    'ti',
    'bn',
    'ckb',
  ]);
  await expect(page.locator('.poster-line[dir="rtl"]')).toHaveCount(6);
  await page.getByRole('checkbox', { name: 'العربية' }).uncheck();
  await expect(page.locator('.poster-line')).toHaveCount(7);
  await expect(page.locator('.poster-line[lang="ar"]')).toHaveCount(0);
  await expect(page.locator('.poster-headline')).toBeVisible();
  await page.getByRole('checkbox', { name: 'العربية' }).check();
  await expect(page.locator('.poster-line[lang="ar"]')).toBeVisible();
});

test('a poster language whose strings cannot be loaded is named and left out, never printed in English under its label', async ({
  context,
  page,
}) => {
  await context.route('**/locales/ar/poster.json*', (route) => route.abort());
  await page.goto('/poster/F84003');
  const poster = page.locator('.poster[data-poster-ready]');
  await expect(poster).toHaveAttribute('data-poster-missing', 'ar');
  await expect(page.getByRole('alert').filter({ hasText: 'العربية' })).toContainText('This language could not be loaded.');
  await expect(poster.locator('[lang="ar"]')).toHaveCount(0);
  await expect(poster.locator('.poster-line[lang="fa"]')).toBeVisible();
});

test('a poster or share page for an unknown code says the practice was not found and offers a search', async ({ page }) => {
  for (const path of ['/poster/ZZZ999', '/share/ZZZ999']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that practice");
    await expect(page.getByText(/ZZZ999/)).toBeVisible();
    await expect(page.getByLabel('Your postcode')).toBeVisible();
  }
});

test('/ar/share/F84003 offers an sms: link whose body is Arabic and carries the link, with its SMS cost', async ({
  page,
  baseURL,
}) => {
  await page.goto('/ar/share/F84003');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const sms = page.locator('a[href^="sms:"]');
  await expect(sms).toBeVisible();
  const href = (await sms.getAttribute('href')) ?? '';
  expect(href.startsWith('sms:?&body=')).toBe(true);
  const body = decodeURIComponent(href.slice('sms:?&body='.length));
  expect(body).toMatch(/[\u0600-\u06FF]/);
  expect(body).toContain(`${baseURL}/ar/p/F84003`);
  expect(body).toContain('Lower Clapton General Practice');
  // Arabic needs UCS-2: 70 characters a message, so more than one part; the page says why.
  await expect(page.getByText(ar.share.unicode)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the SMS follows the chosen language, counts GSM-7 parts, and "Show QR code" gives a scannable link', async ({
  page,
  baseURL,
}) => {
  await page.goto('/share/F84003');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share this practice');
  const preview = page.locator('.sms-preview');
  await expect(preview).toContainText(`${baseURL}/en/p/F84003`);
  const text = (await preview.textContent()) ?? '';
  const parts = text.length <= 160 ? 1 : Math.ceil(text.length / 153);
  await expect(page.getByText(`${text.length} characters, ${parts} text message`)).toBeVisible();
  await page.getByLabel('Language of the message').selectOption('ar');
  await expect(preview).toHaveAttribute('dir', 'rtl');
  await expect(preview).toContainText(`${baseURL}/ar/p/F84003`);

  await page.getByRole('button', { name: 'Show QR code' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const decoded = await decodeQrPng(await dialog.locator('svg.qr').screenshot());
  expect(decoded).toBe(`${baseURL}/ar/p/F84003`.toUpperCase());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('"Share this app" from Home shares the app itself', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Share this app' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share this app');
  await expect(page.locator('.sms-preview')).toContainText(`${baseURL}/en/`);
  await expectNoAxeViolations(page);
});

test('the practice page links to sharing', async ({ page }) => {
  await page.goto('/p/F84003');
  await page.getByRole('link', { name: 'Share this practice' }).click();
  await expect(page).toHaveURL(/\/share\/F84003$/);
});

test('the SMS composer offers every language, and counts each message as a phone will', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('/share/F84003');
  const select = page.getByLabel('Language of the message');
  await expect(page.locator('.sms-preview')).toBeVisible();
  await expect(select.locator('option')).toHaveCount(readLanguages().length);
  const codes = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(codes.sort()).toEqual(
    readLanguages()
      .map((l) => l.code)
      .sort(),
  );
  const preview = page.locator('.sms-preview');
  for (const code of codes) {
    await select.selectOption(code);
    await expect(preview).toContainText(`${baseURL}/${code}/p/F84003`);
    await expect(preview).toHaveAttribute('lang', code);
    const body = (await preview.textContent()) ?? '';
    const { parts } = smsSize(body);
    // The count is shown in the app's language (English here): "N characters, P text message(s) (SMS)".
    await expect(page.locator('.sms-preview + .hint')).toContainText(`${[...body].length} characters, ${parts} text message`);
  }
});
