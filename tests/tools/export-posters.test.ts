import { describe, expect, it } from 'vitest';
import { isLoopbackUrl, posterAddressProblem } from '../../src/tools/posters/address.ts';
import { normaliseCodes, parseLanguages, parsePosterArgs, pdfPath, posterPath } from '../../src/tools/posters/args.ts';

const KNOWN = ['en', 'ar', 'zh-Hans'];

describe('parsePosterArgs', () => {
  it('reads codes, folders, languages and --allow-local', () => {
    expect(
      parsePosterArgs(
        ['--codes', 'F84003,G85109', '--out', 'posters/', '--dist', 'build', '--languages', 'en,ar', '--allow-local'],
        KNOWN,
      ),
    ).toEqual({
      codes: ['F84003', 'G85109'],
      invalid: [],
      out: 'posters/',
      dist: 'build',
      languages: ['en', 'ar'],
      allowLocal: true,
      help: false,
    });
  });

  it('defaults to posters/ from dist/, no languages, loopback refused', () => {
    expect(parsePosterArgs(['--codes=f84003'], KNOWN)).toEqual({
      codes: ['F84003'],
      invalid: [],
      out: 'posters',
      dist: 'dist',
      languages: [],
      allowLocal: false,
      help: false,
    });
  });

  it('takes --codes more than once', () => {
    expect(parsePosterArgs(['--codes', 'F84003', '--codes', 'g85109, F84003'], KNOWN).codes).toEqual(['F84003', 'G85109']);
  });

  it('keeps invalid codes to report while printing the rest', () => {
    expect(parsePosterArgs(['--codes', 'F84003,F8-4003,XY'], KNOWN)).toMatchObject({
      codes: ['F84003'],
      invalid: ['F8-4003', 'XY'],
    });
  });

  it('answers --help without needing codes', () => {
    expect(parsePosterArgs(['--help'], KNOWN).help).toBe(true);
    expect(parsePosterArgs(['-h'], KNOWN).help).toBe(true);
  });

  it('refuses no codes, unknown options, stray arguments, an empty --out and an unknown language', () => {
    expect(() => parsePosterArgs([], KNOWN)).toThrow(/--codes/);
    expect(() => parsePosterArgs(['--codes', ' , '], KNOWN)).toThrow(/--codes/);
    expect(() => parsePosterArgs(['--codes', 'F84003', '--colour'], KNOWN)).toThrow(/colour/);
    expect(() => parsePosterArgs(['F84003'], KNOWN)).toThrow(/F84003/);
    expect(() => parsePosterArgs(['--codes', 'F84003', '--out', ' '], KNOWN)).toThrow(/--out/);
    expect(() => parsePosterArgs(['--codes', 'F84003', '--languages', 'en,xx'], KNOWN)).toThrow(/"xx".*en, ar, zh-Hans/);
    expect(() => parsePosterArgs(['--codes', 'F84003', '--languages', ','], KNOWN)).toThrow(/at least one/);
  });

  it('checks languages against the app’s own list by default', () => {
    expect(parsePosterArgs(['--codes', 'F84003', '--languages', 'AR'])).toMatchObject({ languages: ['ar'] });
  });
});

describe('normaliseCodes', () => {
  it('upper-cases, trims, splits on commas and spaces, and drops repeats and empty entries', () => {
    expect(normaliseCodes([' f84003 ,G85109,,', 'y02045 f84003'])).toEqual({
      codes: ['F84003', 'G85109', 'Y02045'],
      invalid: [],
    });
  });

  it('reports what cannot be an ODS code (3 to 10 letters and digits)', () => {
    expect(normaliseCodes(['AB,ABC,ABCDEFGHIJ,ABCDEFGHIJK,F8400!,../etc,é1234'])).toEqual({
      codes: ['ABC', 'ABCDEFGHIJ'],
      invalid: ['AB', 'ABCDEFGHIJK', 'F8400!', '../etc', 'é1234'],
    });
  });
});

describe('parseLanguages', () => {
  it('maps to canonical codes, each once, in the order given', () => {
    expect(parseLanguages('AR, en,zh-hans,ar', KNOWN)).toEqual(['ar', 'en', 'zh-Hans']);
    expect(parseLanguages(undefined, KNOWN)).toEqual([]);
  });
});

describe('posterPath and pdfPath', () => {
  it('opens the poster route, with languages to preselect as a query', () => {
    expect(posterPath('F84003')).toBe('/poster/F84003');
    expect(posterPath('F84003', ['en', 'ar'])).toBe('/poster/F84003?languages=en,ar');
  });

  it('writes {out}/{CODE}.pdf', () => {
    expect(pdfPath('posters/', 'G85109')).toBe('posters/G85109.pdf');
    expect(pdfPath('posters', 'G85109')).toBe('posters/G85109.pdf');
  });
});

describe('isLoopbackUrl', () => {
  it.each([
    'HTTP://127.0.0.1:4173/P/F84003',
    'HTTP://LOCALHOST:4173/P/F84003',
    'http://localhost/P/F84003',
    'HTTP://APP.LOCALHOST/P/F84003',
    'HTTP://127.1/P/F84003',
    'HTTP://127.255.0.9/P/F84003',
    'HTTP://0.0.0.0:4173/P/F84003',
    'HTTP://[::1]:4173/P/F84003',
    'HTTP://[::FFFF:127.0.0.1]/P/F84003',
    'HTTP://LOCALHOST./P/F84003',
  ])('%s is this computer', (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each([
    'HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003',
    'HTTPS://LOCALHOST.EXAMPLE.ORG/P/F84003',
    'HTTPS://128.0.0.1/P/F84003',
    'HTTPS://10.0.0.1/P/F84003',
    'not an address',
    '',
  ])('%s is not', (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});

describe('posterAddressProblem', () => {
  it('lets a public address through', () => {
    expect(posterAddressProblem(' HTTPS://SAFE-SURGERIES.EXAMPLE/P/F84003\n', false)).toBeNull();
  });

  it('refuses a loopback address and says how to build with the public one, unless --allow-local', () => {
    const problem = posterAddressProblem('HTTP://127.0.0.1:4173/P/F84003', false);
    expect(problem).toContain('127.0.0.1:4173');
    expect(problem).toContain('PUBLIC_ORIGIN=https://your.host npm run build');
    expect(problem).toContain('--allow-local');
    expect(posterAddressProblem('HTTP://127.0.0.1:4173/P/F84003', true)).toBeNull();
  });

  it('refuses an address that is missing or not a web page, even with --allow-local', () => {
    expect(posterAddressProblem('', true)).toMatch(/not a web address/);
    expect(posterAddressProblem('/P/F84003', true)).toMatch(/not a web address/);
    expect(posterAddressProblem('JAVASCRIPT:ALERT(1)', true)).toMatch(/would not open/);
  });
});
