import { describe, expect, it } from 'vitest';
import { shareLink, smsHref } from '../src/share/links.ts';
import { publicOriginFromEnv } from '../src/tools/public-origin.ts';

describe('the links a clinic sends', () => {
  it("points a text message at the practice in the patient's language", () => {
    expect(shareLink('https://safesurgeries.example', 'ar', 'F84003')).toBe('https://safesurgeries.example/ar/p/F84003');
    expect(shareLink('https://safesurgeries.example', 'en', 'F84003')).toBe('https://safesurgeries.example/en/p/F84003');
    expect(shareLink('https://safesurgeries.example', 'ar', null)).toBe('https://safesurgeries.example/ar/');
  });

  it('fills the message into an sms: link that both Android and iOS read', () => {
    const href = smsHref('مرحبا & welcome: https://x.example/ar/p/F84003');
    expect(href.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe('مرحبا & welcome: https://x.example/ar/p/F84003');
    expect(href).not.toMatch(/[ &](?!body)/);
  });
});

describe('PUBLIC_ORIGIN', () => {
  it('accepts an origin and drops a trailing slash', () => {
    expect(publicOriginFromEnv('https://safesurgeries.org/')).toBe('https://safesurgeries.org');
    expect(publicOriginFromEnv(undefined)).toBe('');
  });

  it('refuses anything that is not just an origin, with a clear message', () => {
    expect(() => publicOriginFromEnv('safesurgeries.org')).toThrow(/like https:\/\//);
    expect(() => publicOriginFromEnv('https://safesurgeries.org/app')).toThrow(/just an origin/);
    expect(() => publicOriginFromEnv('javascript:alert(1)')).toThrow(/PUBLIC_ORIGIN/);
  });
});
