import { currentLanguage } from '../i18n/index.ts';
import { intlLocale } from './distance.ts';

/** A YYYY-MM-DD date in the reader's language ("21 November 2026"); anything else as it is. */
export function formatDate(iso: string, language = currentLanguage()): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
