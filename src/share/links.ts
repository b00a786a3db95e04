import { buildPath } from '../router/routes.ts';

/** The link a text message carries: `{origin}/{lang}/p/{code}`, or the app's home in that language. */
export function shareLink(origin: string, language: string, code: string | null): string {
  return `${origin}${buildPath(code ? { name: 'practice', code } : { name: 'home' }, language)}`;
}

/** Text with any lone surrogate (half an emoji, from damaged data) replaced by U+FFFD, so it can be encoded. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An `sms:` link that opens the phone's Messages app with the text filled in (`?&body=` works on Android and iOS). */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(wellFormed(body))}`;
}
