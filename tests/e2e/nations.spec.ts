/**
 * Scotland and Northern Ireland, each on its own terms (issue 12): Scottish practices found by distance like
 * England's, with Scotland's own words and the age of its list; Northern Ireland's by postcode district,
 * without distances or phone numbers, saying why; and all of it in Arabic too.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { decodeQrPng } from './qr-decode.ts';
import { strings } from './strings.ts';

const en = strings('en');
const ar = strings('ar');
const BELFAST = { latitude: 54.5973, longitude: -5.9301 };

/** A string with its {{placeholders}} filled as the app fills them: values wrapped in Unicode isolates. */
function filled(template: string, values: Record<string, string>, isolate = true): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    isolate ? `\u2068${values[name]}\u2069` : (values[name] ?? ''),
  );
}

async function search(page: Page, postcode: string, s = en) {
  await page.getByLabel(s.find.postcodeLabel).fill(postcode);
  await page.getByRole('button', { name: s.find.search, exact: true }).click();
}

const results = (page: Page) => page.locator('section.results > ol.result-list > li');

test('G51 2 lists Glasgow practices first, nearest first with distances, under Scotland’s own rule', async ({ page }) => {
  await page.goto('/find');
  await search(page, 'G51 2');
  await expect(page.getByRole('heading', { level: 2, name: /^GP practices near \u2068G51 2\u2069$/ })).toBeVisible();
  await expect(results(page)).toHaveCount(10);
  // Every one of the ten is a Scottish practice (S code) with a Glasgow (G) postcode.
  const hrefs = await results(page)
    .locator('h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => /^\/p\/S\d{5}$/.test(href ?? ''))).toBe(true);
  for (const address of await results(page).locator('.result-address').allTextContents())
    expect(address).toMatch(/, G\d+ \d[A-Z]{2}$/);
  const miles = (await results(page).locator('.distance').allTextContents()).map((text) => Number.parseFloat(text));
  expect(miles).toHaveLength(10);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  expect(miles[0]).toBeLessThan(2);
  await expect(results(page).first().locator('a[href^="tel:+44141"]')).toBeVisible();
  await expect(page.getByText(en.find.scotland.rule)).toBeVisible();
  await expect(page.getByText(filled(en.find.scotland.listDate, { date: '1 October 2022' }, false))).toBeVisible();
  await expect(page.getByText('This list only has GP practices in England and Wales')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a Scottish practice’s page, poster (QR) and card speak of Scotland, never England’s wording', async ({ page, baseURL }) => {
  await page.goto('/P/S52005');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Midlock Medical Centre');
  await expect(page.locator('[data-list-date]')).toHaveText(
    filled(en.practice.scotlandListDate, { date: '1 October 2022' }, false),
  );
  await expect(page.getByRole('link', { name: /^Call / })).toHaveAttribute('href', 'tel:+441414274271');
  await expect(page.getByText(en.practice.howScotland2)).toBeVisible();
  await expect(page.getByText(en.practice.howEngland2)).toHaveCount(0);
  await expect(page.getByText('Practice details from Public Health Scotland (1 October 2022).')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/poster/S52005');
  const poster = page.locator('.poster[data-poster-ready]');
  await expect(poster.locator('.poster-headline')).toHaveText(en.poster.headlineScotland);
  await expect(poster.locator('.poster-practice')).toHaveText('Midlock Medical Centre');
  const decoded = await decodeQrPng(await poster.locator('svg.qr').screenshot());
  expect(decoded).toBe(`HTTP://${new URL(baseURL ?? '').host}/P/S52005`);
  await page.goto(decoded ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Midlock Medical Centre');

  await page.goto('/card?p=S52005');
  const staff = page.locator('.card-half').first();
  await expect(staff).toContainText('I would like to register with Midlock Medical Centre.');
  await expect(staff).toContainText(en.card.guidanceScotland);
  await expect(staff).not.toContainText('NHS England');

  await page.goto('/share/S52005');
  await expect(page.locator('.sms-preview')).toContainText(
    'In Scotland, you do not need documents to register. Midlock Medical Centre:',
  );
});

test('BT7 1NN lists the practices in BT7 without distances or phone buttons, and says why', async ({ page }) => {
  await page.goto('/find');
  await search(page, 'BT7 1NN');
  const section = page.locator('[data-district-results="BT7"]');
  await expect(page.getByRole('heading', { level: 2, name: /^GP practices in \u2068BT7\u2069$/ })).toBeVisible();
  await expect(results(page)).toHaveCount(7);
  for (const address of await results(page).locator('.result-address').allTextContents())
    expect(address).toMatch(/, BT7 \d[A-Z]{2}$/);
  await expect(section.locator('.distance')).toHaveCount(0);
  await expect(section.locator('a[href^="tel:"]')).toHaveCount(0);
  await expect(section.getByText(en.find.northernIreland.noDistances)).toBeVisible();
  await expect(section.getByText(en.find.northernIreland.noPhones)).toBeVisible();
  await expect(section.getByText(en.find.northernIreland.rule)).toBeVisible();
  // Seven is enough: no neighbours are added.
  await expect(section.locator('details')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A Northern Irish practice's page: no call button, where to find the number, and never "no documents".
  await results(page).first().locator('h3 a').click();
  await expect(page).toHaveURL(/\/p\/Z\d{5}$/);
  await expect(page.locator('[data-no-phone]')).toContainText(en.practice.noPhoneNorthernIreland);
  await expect(page.locator('[data-no-phone] a')).toHaveAttribute('href', 'https://bso.hscni.net/');
  await expect(page.getByRole('link', { name: /^Call / })).toHaveCount(0);
  await expect(page.getByText(en.practice.howNorthernIreland2)).toBeVisible();
  await expect(page.getByText(/do not need (documents|proof of address)/)).toHaveCount(0);
  await expect(page.getByText(/Business Services Organisation, Northern Ireland \(1 January 2026\)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a district with few practices adds its health area, folded; one with none offers every area', async ({ page }) => {
  await page.goto('/find');
  await search(page, 'BT1 1AA');
  await expect(results(page)).toHaveCount(1);
  const area = page.locator('details[data-area="Belfast"]');
  await expect(area.locator('summary')).toHaveText(filled(en.find.northernIreland.sameArea, { area: 'Belfast' }, false));
  // The area's English name is marked as English inside the sentence.
  await expect(area.locator('summary bdi[lang="en"]')).toHaveText('Belfast');
  await area.locator('summary').click();
  await expect(area.getByText(filled(en.find.northernIreland.sameAreaNote, { district: 'BT1' }))).toBeVisible();
  expect(await area.locator('li').count()).toBeGreaterThan(50);

  await search(page, 'BT3 9DT');
  await expect(page.getByText(filled(en.find.northernIreland.noneInDistrict, { district: 'BT3' }))).toBeVisible();
  await expect(page.locator('details[data-area]')).toHaveCount(5);
  await expectNoAxeViolations(page);
});

test('a position in Northern Ireland asks for a postcode instead of guessing', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, geolocation: BELFAST });
  await context.grantPermissions(['geolocation']);
  const page = await context.newPage();
  await page.goto('/find');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.locator('[data-needs-postcode]')).toContainText(en.find.northernIreland.needPostcode);
  await expect(page.getByRole('heading', { level: 2, name: en.find.northernIreland.title })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await context.close();
});

test('in Arabic: Glasgow, BT7, a Belfast position and a Scottish practice, right to left', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, geolocation: BELFAST });
  await context.grantPermissions(['geolocation']);
  const page = await context.newPage();
  await page.goto('/ar/find');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await search(page, 'G51 2', ar);
  await expect(page.getByRole('heading', { level: 2, name: filled(ar.find.resultsHeading, { place: 'G51 2' }) })).toBeVisible();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).locator('.distance')).toHaveCount(10);
  await expect(page.getByText(ar.find.scotland.rule)).toBeVisible();

  await search(page, 'BT7 1NN', ar);
  await expect(
    page.getByRole('heading', { level: 2, name: filled(ar.find.northernIreland.resultsHeading, { district: 'BT7' }) }),
  ).toBeVisible();
  await expect(results(page)).toHaveCount(7);
  await expect(page.locator('.distance')).toHaveCount(0);
  await expect(page.getByText(ar.find.northernIreland.noDistances)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: ar.find.useLocation }).click();
  await expect(page.locator('[data-needs-postcode]')).toContainText(ar.find.northernIreland.needPostcode);

  await page.goto('/ar/p/S52005');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Midlock Medical Centre');
  await expect(page.getByText(ar.practice.howScotland2)).toBeVisible();
  await expect(page.locator('[data-list-date]')).toContainText(ar.practice.scotlandListDate.split('{{date}}')[0].trim());
  await expectNoAxeViolations(page);
  await context.close();
});
