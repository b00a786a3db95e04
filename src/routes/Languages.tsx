import { LanguageList } from '../components/LanguageList.tsx';
import { Page } from '../components/Page.tsx';
import { t, type Namespace } from '../i18n/index.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['languages'];

/** `/languages`: every language the app speaks, by its own name. */
export function Languages() {
  const language = useLanguage();
  return (
    <Page title={t('languages:title')}>
      <p>{t('languages:intro')}</p>
      <LanguageList current={language} searchable level={2} />
    </Page>
  );
}
