// The only thing the app ever remembers. Storage throws in some private modes and when disabled.
const KEY = 'safe-surgeries:language';

/** The language the person chose on this phone before, or null. */
export function getSavedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the person's language choice on this phone; silently does nothing where storage is refused. */
export function setSavedLanguage(code: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, code);
  } catch {
    // Nothing to do: the choice still applies for this visit.
  }
}
