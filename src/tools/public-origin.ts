/** Reads PUBLIC_ORIGIN for the build: an http(s) origin with nothing after it, or empty when unset. */
export function publicOriginFromEnv(value: string | undefined): string {
  if (!value) return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_ORIGIN must be an address like https://safesurgeries.org, not "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`PUBLIC_ORIGIN must be just an origin like https://safesurgeries.org, not "${value}"`);
  }
  return url.origin;
}
