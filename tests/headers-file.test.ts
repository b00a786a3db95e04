import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules, parseHeadersFile } from '../src/tools/headers-file.ts';

const file = readFileSync('public/_headers', 'utf8');
const rules = parseHeaderRules(file);
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

describe('the _headers file', () => {
  it('reads each block, ignoring comments; the /* block is what every path gets', () => {
    const text = '# note\n/assets/*\n  Cache-Control: immutable\n/*\n  X-A: 1\n  # skipped\n  X-B: a: b\n';
    expect(parseHeadersFile(text)).toEqual({ 'X-A': '1', 'X-B': 'a: b' });
    expect(headersFor(parseHeaderRules(text), '/assets/a.js')).toEqual({
      'Cache-Control': 'immutable',
      'X-A': '1',
      'X-B': 'a: b',
    });
    expect(headersFor(parseHeaderRules(text), '/p/F84003')).toEqual({ 'X-A': '1', 'X-B': 'a: b' });
  });

  it('gives the app a strict CSP: no inline script or style, nothing from another origin', () => {
    const csp = parseHeadersFile(file)['Content-Security-Policy'] ?? '';
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src'])
      expect(directives(csp).get(name), name).toBe("'self'");
    expect(directives(csp).get('frame-ancestors')).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('index.html carries the same CSP in a <meta> for hosts that ignore _headers, less what a <meta> cannot carry', () => {
    const html = readFileSync('index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = directives(parseHeadersFile(file)['Content-Security-Policy'] ?? '');
    // frame-ancestors, report-uri and sandbox are ignored in a <meta> (and frame-ancestors warns).
    header.delete('frame-ancestors');
    expect(directives(meta)).toEqual(header);
    // Before any script, so it governs them all.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('sends HSTS, isolates the window, drops the obsolete interest-cohort, and keeps geolocation to the app', () => {
    const all = parseHeadersFile(file);
    expect(all['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(all['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(all['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(all['Referrer-Policy']).toBe('no-referrer');
    expect(all['Permissions-Policy']).toBe('geolocation=(self), camera=(), microphone=()');
    expect(file).not.toMatch(/interest-cohort/);
  });

  it('caches hashed files for ever and makes the shell, the worker and offline.json revalidate, never both on one path', () => {
    expect(headersFor(rules, '/assets/index-abc123.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/offline.json', '/manifest.webmanifest']) {
      expect(headersFor(rules, path)['Cache-Control'], path).toBe('no-cache');
    }
    // Netlify and Cloudflare join a header given by two matching blocks: no path may match two Cache-Controls.
    for (const path of ['/', '/index.html', '/sw.js', '/offline.json', '/assets/x.js', '/p/F84003', '/locales/ar/find.json']) {
      expect(
        rules.filter((rule) => rule.headers['Cache-Control'] && headersFor([rule], path)['Cache-Control']).length,
        path,
      ).toBeLessThanOrEqual(1);
    }
  });
});
