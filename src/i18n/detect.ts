/**
 * Tags whose best match is not their primary subtag: the codes to try, best first. None means "none of
 * ours": Punjabi in Shahmukhi (`pa-PK`, `pa-Arab`) is not Gurmukhi Punjabi, and Urdu would be a guess.
 */
const RULES: [RegExp, string[]][] = [
  [/^fa-af\b/, ['prs', 'fa']],
  [/^zh-(?:hant|tw|hk|mo)\b/, ['zh-Hant', 'zh-Hans']],
  [/^zh\b/, ['zh-Hans', 'zh-Hant']],
  [/^ku-(?:arab|iq|ir)\b/, ['ckb']],
  [/^ku\b/, ['kmr']],
  [/^pa-(?:arab|pk)\b/, []],
  [/^(?:pbt|pbu|pst)\b/, ['ps']],
];

/** The supported code that best serves a BCP 47 tag (`ar-EG` → `ar`, `fa-AF` → `prs`, `zh-HK` → `zh-Hant`), or null. */
export function matchLanguage(tag: string, supported: readonly string[]): string | null {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return null;
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  const find = (code: string) => supported.find((s) => s.toLowerCase() === code) ?? null;
  const exact = find(lower);
  if (exact) return exact;
  const rule = RULES.find(([pattern]) => pattern.test(lower));
  if (rule) return rule[1].map((code) => find(code.toLowerCase())).find((code) => code !== null) ?? null;
  return find(lower.split('-')[0] ?? '');
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
