import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPath, normaliseCode, parseLocation, type Route } from '../src/router/routes.ts';

const LANGS = ['en', 'ar', 'prs', 'zh-Hans'];
const parse = (url: string) => parseLocation(url, LANGS);

describe('parseLocation reads the URL contract', () => {
  it.each([
    ['/', { name: 'home' }],
    ['', { name: 'home' }],
    ['/rights', { name: 'rights' }],
    ['/find', { name: 'find' }],
    ['/card', { name: 'card', practice: null }],
    ['/about', { name: 'about' }],
    ['/languages', { name: 'languages' }],
    ['/p/F84003', { name: 'practice', code: 'F84003' }],
    ['/poster/G85109', { name: 'poster', code: 'G85109' }],
    ['/share/W00001', { name: 'share', code: 'W00001' }],
    ['/share', { name: 'shareApp' }],
  ])('%s is the %o route with no language', (url, route) => {
    expect(parse(url)).toEqual({ lang: null, route });
  });

  it('matches routes and codes case-insensitively, as a poster QR in upper case needs', () => {
    expect(parse('/P/F84003').route).toEqual({ name: 'practice', code: 'F84003' });
    expect(parse('/p/f84003').route).toEqual({ name: 'practice', code: 'F84003' });
    expect(parse('/FIND').route).toEqual({ name: 'find' });
    expect(parse('/AR/P/F84003')).toEqual({ lang: 'ar', route: { name: 'practice', code: 'F84003' } });
  });

  it('reads an optional language prefix and returns its canonical code', () => {
    expect(parse('/ar')).toEqual({ lang: 'ar', route: { name: 'home' } });
    expect(parse('/ar/')).toEqual({ lang: 'ar', route: { name: 'home' } });
    expect(parse('/ar/rights')).toEqual({ lang: 'ar', route: { name: 'rights' } });
    expect(parse('/zh-hans/find')).toEqual({ lang: 'zh-Hans', route: { name: 'find' } });
  });

  it('treats an unknown language prefix as an unknown page, not a route in English', () => {
    expect(parse('/fr/find')).toEqual({ lang: null, route: { name: 'notFound' } });
  });

  it('takes the practice for the reception card from ?p=, ignoring junk', () => {
    expect(parse('/card?p=f84003').route).toEqual({ name: 'card', practice: 'F84003' });
    expect(parse('/ar/card?p=F84003&x=1').route).toEqual({ name: 'card', practice: 'F84003' });
    expect(parse('/card?p=<script>').route).toEqual({ name: 'card', practice: null });
    expect(parse('/card?p=%E0%A4%A').route).toEqual({ name: 'card', practice: null });
  });

  it('ignores query strings and fragments on other routes, and trailing or doubled slashes', () => {
    expect(parse('/find?utm_source=sms#top').route).toEqual({ name: 'find' });
    expect(parse('/find/').route).toEqual({ name: 'find' });
    expect(parse('//find').route).toEqual({ name: 'find' });
    expect(parse('/p//F84003').route).toEqual({ name: 'practice', code: 'F84003' });
  });

  it('opens a link whose query is long, as messaging apps make them: only the path counts towards the limit', () => {
    const tracking = `fbclid=${'IwAR3x.'.repeat(100)}&utm_source=whatsapp`;
    expect(tracking.length).toBeGreaterThan(512);
    expect(parse(`/ar/p/F84003?${tracking}`)).toEqual({ lang: 'ar', route: { name: 'practice', code: 'F84003' } });
    expect(parse(`/card?p=F84003&${tracking}`).route).toEqual({ name: 'card', practice: 'F84003' });
    // Beyond any sensible size the query is ignored, never a reason to refuse the page.
    expect(parse(`/card?p=F84003&x=${'a'.repeat(100_000)}`).route).toEqual({ name: 'card', practice: null });
    expect(parse(`/find?${'x'.repeat(100_000)}`).route).toEqual({ name: 'find' });
  });

  it.each([
    '/nope',
    '/p',
    '/p/F84003/extra',
    '/p/F8',
    '/p/F84003!',
    '/p/%00',
    '/p/F84003%00',
    '/%00',
    '/../etc/passwd',
    '/p/..',
    '/p/%2e%2e',
    '/p/a%2Fb',
    '/%E0%A4%A',
    '/\u0645\u0631\u062d\u0628\u0627',
    '/p/\u0661\u0662\u0663',
    '/ar/ar/find',
    '/__proto__',
    '/constructor',
    '/toString',
    '/__proto__/F84003',
    '/constructor/F84003',
    '/hasOwnProperty/F84003',
    `/${'a'.repeat(2000)}`,
    `/p/${'F'.repeat(2000)}`,
  ])('shows the not-found page for the hostile or unknown path %s', (url) => {
    expect(parse(url).route).toEqual({ name: 'notFound' });
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.webPath(), fc.webUrl()), (url) => {
        const location = parse(url);
        expect(location.route.name).toBeTypeOf('string');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildPath writes the URL contract', () => {
  it('builds each route with and without a language', () => {
    expect(buildPath({ name: 'home' })).toBe('/');
    expect(buildPath({ name: 'home' }, 'ar')).toBe('/ar/');
    expect(buildPath({ name: 'practice', code: 'F84003' }, 'ar')).toBe('/ar/p/F84003');
    expect(buildPath({ name: 'card', practice: 'F84003' })).toBe('/card?p=F84003');
    expect(buildPath({ name: 'card', practice: null }, 'en')).toBe('/en/card');
    expect(buildPath({ name: 'poster', code: 'G85109' })).toBe('/poster/G85109');
  });

  const codes = fc.stringMatching(/^[A-Z0-9]{3,10}$/);
  const routes: fc.Arbitrary<Route> = fc.oneof(
    fc.constantFrom<Route>(
      { name: 'home' },
      { name: 'rights' },
      { name: 'find' },
      { name: 'about' },
      { name: 'languages' },
      { name: 'shareApp' },
    ),
    codes.map((code): Route => ({ name: 'practice', code })),
    codes.map((code): Route => ({ name: 'poster', code })),
    codes.map((code): Route => ({ name: 'share', code })),
    fc.option(codes, { nil: null }).map((practice): Route => ({ name: 'card', practice })),
  );

  it('round-trips: parsing a built path gives back the route and language', () => {
    fc.assert(
      fc.property(routes, fc.constantFrom(null, ...LANGS), (route, lang) => {
        expect(parse(buildPath(route, lang))).toEqual({ lang, route });
      }),
    );
  });

  it('round-trips the upper-case form a QR code carries', () => {
    fc.assert(
      fc.property(codes, (code) => {
        expect(parse(buildPath({ name: 'practice', code }).toUpperCase()).route).toEqual({ name: 'practice', code });
      }),
    );
  });
});

describe('normaliseCode', () => {
  it('trims and upper-cases ODS codes and refuses anything else', () => {
    expect(normaliseCode(' f84003 ')).toBe('F84003');
    expect(normaliseCode('F84 003')).toBeNull();
    expect(normaliseCode('')).toBeNull();
    expect(normaliseCode(null)).toBeNull();
  });
});
