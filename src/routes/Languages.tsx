import { LanguageList } from '../components/LanguageList.tsx';
import { Page } from '../components/Page.tsx';
import { registerStrings, t } from '../i18n/index.ts';
import { useLanguage } from '../i18n/use-language.ts';

registerStrings(import.meta.glob('../../locales/*/languages.json', { import: 'default' }));

/** `/languages`: every language the app speaks, by its own name. */
export function Languages() {
  const language = useLanguage();
  return (
    <Page title={t('languages:title')}>
      <p>{t('languages:intro')}</p>
      <LanguageList current={language} showStatus />
    </Page>
  );
}
