import { useEffect, useState } from 'preact/hooks';
import { applyLanguage, currentLanguage, loadLanguage, onLanguageChanged } from './index.ts';

/** Loads and applies a language; false (and the current language kept) when its strings cannot be had. */
export async function switchLanguage(code: string): Promise<boolean> {
  if (code === currentLanguage()) return true;
  try {
    await loadLanguage(code);
    await applyLanguage(code);
    return true;
  } catch {
    return false;
  }
}

/** The current language code, re-rendering the caller when it changes. */
export function useLanguage(): string {
  const [code, setCode] = useState(currentLanguage);
  useEffect(() => onLanguageChanged(setCode), []);
  return code;
}
