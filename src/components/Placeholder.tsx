import { t } from '../i18n/index.ts';

/** Marks a screen whose content a later issue writes; says so honestly rather than showing nothing. */
export function Placeholder() {
  return <p class="notice">{t('placeholder.body')}</p>;
}
