import { currentLanguage } from '../i18n/index.ts';
import { intlLocale } from './distance.ts';

/** A download size in the reader's language, in whole kilobytes rounded up ("275 kB", "٢٧٥ ك.ب"). */
export function formatSize(bytes: number, language = currentLanguage()): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.ceil(bytes / 1000),
  );
}
