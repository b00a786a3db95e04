import { expect, test, type Browser } from '@playwright/test';
import { QUICK_EXIT_URL } from '../../src/site.ts';
import { strings } from './strings.ts';

const en = strings('en');
const exitOrigin = new URL(QUICK_EXIT_URL).origin;

interface Walk {
  /** Every request the walk made, as origin + path + query, in order. */
  requests: string[];
  /** The files the app fetched: scripts, strings, data (not page loads, which name the page). */
  downloads: string[];
  /** Every URL the page showed. */
  pages: string[];
  /** Geolocation calls made before the "Use my location" tap, and after it. */
  geolocation: { before: number; after: number };
  stored: { local: Record<string, string>; session: number; cookie: string; databases: (string | undefined)[]; cached: string[] };
  cookies: number;
  errors: string[];
  exit: { url: string; referer: string | undefined };
}

/**
 * Walks the whole app as a person would: every route, a search by postcode and one by location, a language
 * switch, sharing with a QR code, a poster, then Quick exit. Records everything that could leak.
 */
async function walk(
  browser: Browser,
  baseURL: string,
  postcode: string,
  position: { latitude: number; longitude: number },
): Promise<Walk> {
  const context = await browser.newContext({
    baseURL,
    serviceWorkers: 'allow',
    geolocation: position,
    permissions: ['geolocation'],
  });
  await context.addInitScript(() => {
    const calls: number[] = [];
    (window as unknown as { geolocationCalls: number[] }).geolocationCalls = calls;
    const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => {
      calls.push(Date.now());
      real(...args);
    };
  });
  const requests: string[] = [];
  const downloads: string[] = [];
  const pages: string[] = [];
  let exitReferer: string | undefined;
  context.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(`${url.origin}${url.pathname}${url.search}`);
    // What the app fetches (not the browser's own fetches of icons, whose timing varies).
    if (/^\/(assets|locales|data)\/|^\/offline\.json$/.test(url.pathname))
      downloads.push(`${url.origin}${url.pathname}${url.search}`);
    if (url.origin === exitOrigin) exitReferer = request.headers().referer;
  });
  // The neutral site stands in for the real one: no network here, and nothing needs it.
  await context.route(`${exitOrigin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && pages.push(frame.url()));
  const heading = (name: string) => expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  await page.goto('/');
  await heading(en.translation.home.title);
  await page.goto('/about');
  await expect(page.getByText(en.pwa.save.saved)).toBeVisible({ timeout: 30_000 });
  for (const [path, title] of [
    ['/rights', en.rights.title],
    ['/card', en.card.title],
    ['/card?p=F84003', en.card.title],
    ['/languages', en.languages.title],
    ['/no-such-page', en.notFound.title],
  ] as const) {
    await page.goto(path);
    await heading(title);
  }

  await page.goto('/find');
  await page.getByLabel('Your postcode').fill(postcode);
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('ol.result-list > li');
  await expect(results).toHaveCount(10);
  const link = results.nth(1).getByRole('link').first();
  const [opened, name] = [await link.getAttribute('href'), await link.textContent()];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${opened}$`));
  await page.reload(); // the list is no longer in memory: the practice must still come from the phone
  await heading(name ?? '');

  await page.goto('/find');
  const geolocationBefore = await page.evaluate(
    () => (window as unknown as { geolocationCalls: number[] }).geolocationCalls.length,
  );
  await page.getByRole('button', { name: en.find.useLocation }).click();
  await expect(results).toHaveCount(10);
  const geolocationAfter = await page.evaluate(
    () => (window as unknown as { geolocationCalls: number[] }).geolocationCalls.length,
  );

  await page.goto(`/share${opened?.replace(/^\/p/, '')}`);
  await page.getByRole('button', { name: en.share.showQr }).click();
  await expect(page.locator('svg.qr')).toBeVisible();
  await page.goto('/share');
  await heading(en.share.titleApp);
  await page.goto('/poster/F84003');
  await expect(page.locator('.poster[data-poster-ready]')).toBeVisible();
  await page.goto('/languages');
  await page.getByRole('link', { name: /العربية/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/ar/find');
  await page.evaluate(() => navigator.serviceWorker.ready);

  const stored = await page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    return {
      local: Object.fromEntries(Object.entries(localStorage)),
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).map((db) => db.name),
      cached,
    };
  });
  const cookies = (await context.cookies()).length;

  const exitRequest = page.waitForRequest(QUICK_EXIT_URL);
  await page.locator('.quick-exit').click();
  await exitRequest;
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await context.close();
  return {
    requests,
    downloads,
    pages,
    geolocation: { before: geolocationBefore, after: geolocationAfter },
    stored,
    cookies,
    errors,
    exit: { url: QUICK_EXIT_URL, referer: exitReferer },
  };
}

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

test('a walk through the whole app leaks nothing: no other origin, no cookies, nothing stored about the person', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const postcodes = ['E5 8BY', 'CF10 1EP'];
  const positions = [
    { latitude: 51.5521, longitude: -0.0521 },
    { latitude: 53.4808, longitude: -2.2426 },
  ];
  const walks = [
    await walk(browser, origin, postcodes[0]!, positions[0]!),
    await walk(browser, origin, postcodes[1]!, positions[1]!),
  ];

  for (const [i, result] of walks.entries()) {
    const postcode = postcodes[i]!;
    const { latitude, longitude } = positions[i]!;
    // The only request to another origin is Quick exit's, on the person's tap, with no referrer.
    expect(
      result.requests.filter((url) => !url.startsWith(origin)),
      'requests to other origins',
    ).toEqual([result.exit.url]);
    expect(result.exit.referer).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(result.cookies).toBe(0);
    expect(result.geolocation).toEqual({ before: 0, after: 1 });
    // Web storage holds the language and nothing else; no IndexedDB at all.
    expect(result.stored.local).toEqual({ 'safe-surgeries:language': 'ar' });
    expect(result.stored.session).toBe(0);
    expect(result.stored.cookie).toBe('');
    expect(result.stored.databases).toEqual([]);
    // Neither a URL requested or shown, nor anything cached, carries the postcode, the position, or which practices were opened.
    const everything = [...result.requests, ...result.pages, ...result.stored.cached];
    for (const secret of [postcode, latitude.toFixed(3), longitude.toFixed(3)]) {
      expect(everything.filter((url) => normalise(decodeURIComponent(url)).includes(normalise(secret)))).toEqual([]);
    }
    expect(result.requests.filter((url) => url.includes('/data/practice/') && !url.includes('/F84003.json'))).toEqual([]);
    expect(result.stored.cached.filter((url) => url.includes('/data/practice/'))).toEqual([]);
  }
  // What is downloaded does not depend on the postcode or the position.
  const files = (result: Walk) => [...new Set(result.downloads.filter((url) => url.startsWith(origin)))].sort();
  expect(files(walks[1]!), 'files downloaded for the second postcode and position').toEqual(files(walks[0]!));
});

for (const how of ['the Quick exit button', 'Shift pressed 3 times'] as const) {
  test(`${how} leaves for the neutral site at once, and Back leads to where the person was before the app`, async ({
    context,
    page,
    baseURL,
  }) => {
    const app = new URL(baseURL ?? '').origin;
    // Someone arrives from another site (a search, a message), then moves around in the app.
    await context.route('https://search.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<title>Search</title><a href="${app}/">Safe Surgeries</a>` }),
    );
    await context.route(`${exitOrigin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    );
    await page.goto('https://search.example/');
    await page.getByRole('link', { name: 'Safe Surgeries' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.translation.home.title);
    await page.getByRole('link', { name: new RegExp(en.translation.home.rights) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.rights.title);
    await page.goBack();
    await page.getByRole('link', { name: new RegExp(en.translation.home.find) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.find.title);
    await page.getByRole('link', { name: en.translation.nav.about }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.about.title);

    if (how === 'Shift pressed 3 times') {
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(page).toHaveURL(`${app}/about`);
      await page.keyboard.press('Shift');
    } else {
      await page.getByRole('link', { name: en.translation.exit.button }).click();
    }
    await expect(page).toHaveURL(QUICK_EXIT_URL);
    // Back leads to where the person was before the app. (Forward can still reach the app's later screens:
    // no page can remove those entries, and About says the history still lists the app's pages.)
    await page.goBack();
    await expect(page).toHaveURL('https://search.example/');
  });
}

test('the web app manifest is complete and its icons exist', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    short_name: 'Safe Surgeries',
    start_url: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#/),
  });
  expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/find', '/card']);
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
