// Tags whose best match is not their primary subtag: Afghan Persian is Dari, when we have Dari.
const ALIASES = new Map([['fa-af', 'prs']]);

/** The supported code that best serves a BCP 47 tag (`ar-EG` → `ar`, `fa-AF` → `prs`), or null. */
export function matchLanguage(tag: string, supported: readonly string[]): string | null {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return null;
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  const find = (code: string | undefined) =>
    code === undefined ? undefined : supported.find((s) => s.toLowerCase() === code);
  const primary = lower.split('-')[0];
  return find(lower) ?? find(ALIASES.get(lower)) ?? find(primary) ?? null;
}

/** Where the language may come from, in the order they win. */
export interface LanguageSources {
  fromUrl: string | null;
  saved: string | null;
  preferred: readonly string[];
}

/** Resolves the language: URL prefix, then the saved choice, then the phone's languages, then the fallback. */
export function resolveLanguage(sources: LanguageSources, supported: readonly string[], fallback: string): string {
  for (const candidate of [sources.fromUrl, sources.saved]) {
    const match = candidate ? matchLanguage(candidate, supported) : null;
    if (match) return match;
  }
  for (const tag of sources.preferred) {
    const match = matchLanguage(tag, supported);
    if (match) return match;
  }
  return fallback;
}
