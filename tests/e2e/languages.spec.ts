import { expect, test, type Page } from '@playwright/test';
import { leaves, mayMatchEnglish } from '../../src/tools/i18n/gates.ts';
import { readLanguages, readStrings } from '../../src/tools/i18n/files.ts';
import { strings } from './strings.ts';

const languages = readLanguages().filter((l) => l.code !== 'en');

/** Every English string a reader could meet untranslated (names allowed to stay English left out). */
const englishTexts = new Set(
  Object.entries(readStrings('en')).flatMap(([file, tree]) =>
    leaves(tree)
      .filter(([key, text]) => !mayMatchEnglish(file.replace(/\.json$/, ''), key, text) && !text.includes('{{'))
      .map(([, text]) => text),
  ),
);

/** The page's text outside anything marked as English, one piece per text node. */
function textOutsideEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[lang="en"], script, style')) continue;
      texts.push(text);
    }
    return texts;
  });
}

async function expectFullyTranslated(page: Page, code: string, dir: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  const texts = await textOutsideEnglish(page);
  // i18next shows a key when a string is missing: "rights:gp.title", "home.title".
  expect(
    texts.filter((t) => /^[a-z]\w*:[\w.]+$|^[a-z]\w*(\.[a-zA-Z]\w*)+$/.test(t)),
    'raw keys',
  ).toEqual([]);
  expect(
    texts.filter((t) => englishTexts.has(t)),
    'English left untranslated',
  ).toEqual([]);
}

for (const { code, dir } of languages) {
  const s = strings(code);

  test(`/${code}/rights is all ${code}, ${dir}, every section titled`, async ({ page }) => {
    await page.goto(`/${code}/rights`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.rights.title);
    await expect(page.getByRole('heading', { level: 2, name: s.rights.gp.title })).toBeVisible();
    await expect(page.getByText(s.draft.note)).toBeVisible();
    await expectFullyTranslated(page, code, dir);
  });

  test(`${code}: Home, rights and the card fit a 320 px screen without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/rights', '/card']) {
      await page.goto(`/${code}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path === '/') await expect(page.locator('.language-list').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/${code}${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
    }
  });

  test(`/${code}/p/F84003 is all ${code}, ${dir}, with the phrase to say in English`, async ({ page }) => {
    await page.goto(`/${code}/p/F84003`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lower Clapton General Practice');
    await expect(page.getByRole('heading', { level: 2, name: s.practice.howTitle })).toBeVisible();
    await expect(page.locator('.phrase[lang="en"][dir="ltr"]')).toHaveText('“I would like to register with this practice.”');
    await expectFullyTranslated(page, code, dir);
  });
}

test('the language list finds a language by its own name, its English name or another name, and marks the current one', async ({
  page,
}) => {
  await page.goto('/languages');
  const search = page.getByRole('searchbox');
  const list = page.locator('.language-list').last();
  await search.fill('farsi');
  await expect(list.locator('.endonym')).toHaveCount(2);
  expect((await list.locator('.endonym').allTextContents()).sort()).toEqual(['دری', 'فارسی']);
  await search.fill('বাংলা');
  await expect(list.locator('.endonym')).toHaveText(['বাংলা']);
  await search.fill('sorani');
  await expect(list.locator('.endonym')).toHaveText(['کوردیی ناوەندی']);
  await search.fill('Klingon');
  await expect(page.locator('.language-picker [role="status"]')).toContainText('Klingon');
  await search.fill('');
  await expect(list.locator('a[aria-current="true"] .endonym')).toHaveText('English');
});

test("the phone's languages come first, and the header names the current language beside a globe", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fa-AF' });
  const page = await context.newPage();
  await page.goto('/languages');
  // Afghan Persian is Dari: offered first, in its own script.
  await expect(page.locator('.language-list').first().locator('.endonym').first()).toHaveText('دری');
  await page.goto('/ti/');
  await expect(page.locator('.language-link')).toContainText('ትግርኛ');
  await expect(page.locator('.language-link svg')).toHaveCount(1);
  await context.close();
});

test('Show English too puts the English under each string of a draft translation, marked as English', async ({ page }) => {
  const ar = strings('ar');
  await page.goto('/ar/rights');
  await expect(page.locator('.english-too')).toHaveCount(0);
  await page.getByLabel(ar.draft.showEnglish).check();
  const english = page.locator('.english-too[lang="en"][dir="ltr"]');
  await expect(english.filter({ hasText: 'What a GP is' })).toHaveCount(1);
  await expect(english.filter({ hasText: 'What you tell your GP is confidential.' })).toHaveCount(1);
});

test('the card asks for an interpreter in the spoken language, where the written one is a script', async ({ page }) => {
  await page.goto('/zh-Hant/card');
  await expect(page.locator('.card-half[lang="en"]')).toContainText('I need an interpreter for Cantonese.');
  await expect(page.locator('.card-translation')).toContainText('廣東話');
  await page.goto('/ar/card');
  await expect(page.locator('.card-half[lang="en"]')).toContainText('I need an interpreter for Arabic.');
});
