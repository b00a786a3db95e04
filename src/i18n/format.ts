/** Numbers, dates, distances and sizes written for the reader's language (Intl), in one place. */
import { KM_PER_MILE } from '../directory/geo.ts';
import { currentLanguage, t } from './index.ts';

/** The locale Intl should use for a language code (British English spells "kilometres"). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

function formatUnit(value: number, unit: 'mile' | 'kilometer', language: string): string {
  const digits = value < 10 ? 1 : 0;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/**
 * A distance in miles, as on UK road signs; in languages other than English, kilometres follow,
 * since most people who read them grew up with kilometres.
 */
export function formatDistance(km: number, language = currentLanguage()): string {
  return t(language === 'en' ? 'find:distance' : 'find:distanceWithKm', {
    miles: formatUnit(km / KM_PER_MILE, 'mile', language),
    km: formatUnit(km, 'kilometer', language),
  });
}

/** A YYYY-MM-DD date in the reader's language ("21 November 2026"); anything else as it is. */
export function formatDate(iso: string, language = currentLanguage()): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A download size in the reader's language, in whole kilobytes rounded up ("275 kB", "٢٧٥ ك.ب"). */
export function formatSize(bytes: number, language = currentLanguage()): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
    Math.ceil(bytes / 1000),
  );
}
