import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { pdfPages } from './pdf.ts';
import { strings } from './strings.ts';

const ar = strings('ar');

test('/rights gives the key rights, each section with its sources, and passes axe', async ({ page }) => {
  await page.goto('/rights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Know your rights');
  for (const heading of [
    'You can register with a GP',
    'You do not need documents',
    'No fixed address?',
    'Staying a short time?',
    'You can have an interpreter',
    'Free for everyone',
    'Hospital care',
    'Your information',
    'If a practice says no',
    'Scotland, Wales and Northern Ireland',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('You do not need proof of address. You do not need ID.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Doctors of the World: \u2068?0808 1647 686/ })).toHaveAttribute(
    'href',
    'tel:+448081647686',
  );
  await expect(page.getByRole('link', { name: /NHS England: \u2068?0300 311 22 33/ })).toHaveAttribute(
    'href',
    'tel:+443003112233',
  );
  // Each section says where its facts come from.
  const documents = page.locator('section', { has: page.getByRole('heading', { name: 'You do not need documents' }) });
  await documents.getByText('Where this comes from').click();
  await expect(documents.getByRole('link', { name: /HL9241/ })).toHaveAttribute('href', /parliament\.uk/);
  await expect(page.locator('details.section-sources')).toHaveCount(14);
  await expectNoAxeViolations(page);
});

test("the nation switch shows Scotland's own facts, never England's wording", async ({ page }) => {
  await page.goto('/rights');
  await page.getByRole('radio', { name: 'Scotland', exact: true }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Registering in Scotland' })).toBeVisible();
  await expect(page.getByText('In Scotland, you do not need documents to register with a GP practice.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'You do not need documents' })).toHaveCount(0);
  // No claim in England's words (a source's title may name its English publisher).
  await expect(page.locator('main :is(p, li, h2):not(.sources *)').filter({ hasText: /NHS England|NHS 111/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Medicines and emergencies' })).toBeVisible();
  await expect(page.getByText('Medicines on prescription are free in Scotland, Wales and Northern Ireland.')).toBeVisible();
  await page.getByRole('radio', { name: 'Northern Ireland', exact: true }).check();
  await expect(page.getByText('In Northern Ireland, the rules are different.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a Welsh postcode searched on /find opens Know your rights on Wales', async ({ page }) => {
  await page.goto('/find');
  await page.getByLabel('Your postcode').fill('CF10 1');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('ol.result-list > li')).toHaveCount(10);
  // Moving within the app keeps the nation in memory (nothing is stored or put in the URL).
  await page.getByRole('link', { name: 'Safe Surgeries: home page' }).click();
  await page.getByRole('link', { name: /Know your rights/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Know your rights');
  await expect(page.getByRole('radio', { name: 'Wales', exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Registering in Wales' })).toBeVisible();
});

test('/card speaks to reception in English, firmly and politely, and prints on one sheet', async ({ page }) => {
  await page.goto('/card');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Show this to reception');
  const card = page.locator('.reception-card');
  await expect(card).toContainText('I would like to register with this practice.');
  await expect(card).toContainText(
    'NHS England guidance says I do not need proof of address, ID or immigration status to register (Patient Registration Standard Operating Principles, now in the Primary Medical Care Policy and Guidance Manual).',
  );
  // In English there is nothing to translate and no interpreter to ask for.
  await expect(page.locator('.card-half')).toHaveCount(1);
  await expect(card).not.toContainText('interpreter');
  await page.emulateMedia({ media: 'print' });
  const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true }));
  // One A5 sheet: 148 × 210 mm.
  expect(pdf.count).toBe(1);
  expect(pdf.widthMm).toBeCloseTo(148, 0);
  expect(pdf.heightMm).toBeCloseTo(210, 0);
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page);
});

test('/card?p=F84003 names the practice', async ({ page }) => {
  await page.goto('/card?p=F84003');
  await expect(page.locator('.reception-card')).toContainText('I would like to register with Lower Clapton General Practice.');
});

test('the practice page\'s "Show this to reception" opens the card for that practice', async ({ page }) => {
  await page.goto('/p/F84018');
  await page.getByRole('link', { name: 'Show this to reception' }).click();
  await expect(page).toHaveURL(/\/card\?p=F84018$/);
  await expect(page.locator('.reception-card')).toContainText('I would like to register with The Nightingale Practice.');
});

test('/ar/card shows the English card for staff and the same words in Arabic, with an English-only toggle', async ({ page }) => {
  await page.goto('/ar/card');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const english = page.locator('.card-half[lang="en"]');
  await expect(english).toHaveAttribute('dir', 'ltr');
  await expect(english).toContainText('I would like to register with this practice.');
  await expect(english).toContainText('I need an interpreter for Arabic.');
  const arabic = page.locator('.card-translation');
  await expect(arabic).toContainText('العربية');
  await expect(arabic).toContainText(ar.card.register);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: ar.card.showEnglish }).check();
  await expect(page.locator('.card-translation')).toHaveCount(0);
  await expect(english).toBeVisible();
});

test('/about explains privacy, lists every source with its link, the data attribution and the review date', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this app');
  await expect(page.getByText('your postcode or location stays on this phone')).toBeVisible();
  await expect(page.getByText(/^Content last reviewed: \d{1,2} \w+ 20\d\d$/)).toBeVisible();
  await expect(page.getByRole('link', { name: /HL9241/ }).first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByText('Contains OS data © Crown copyright and database right 2025.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Organisation Data Service\) licensed under the Open Government Licence v3\.0/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'For GP practice staff' })).toBeVisible();
  await expect(page.locator('ol li')).toHaveCount(6);
  await expectNoAxeViolations(page);
});
