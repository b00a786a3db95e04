import { KM_PER_MILE } from '../directory/geo.ts';
import { currentLanguage, t } from '../i18n/index.ts';

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
