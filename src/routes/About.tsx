import { Page } from '../components/Page.tsx';
import { registerStrings, t } from '../i18n/index.ts';

registerStrings(import.meta.glob('../../locales/*/about.json', { import: 'default' }));

/** `/about`: who the app is for and what it does (and does not do) with people's information. */
export function About() {
  return (
    <Page title={t('about:title')}>
      <p>{t('about:who')}</p>
      <h2>{t('about:privacyTitle')}</h2>
      <ul>
        <li>{t('about:privacyNoData')}</li>
        <li>{t('about:privacyLanguage')}</li>
        <li>{t('about:privacyOffline')}</li>
      </ul>
    </Page>
  );
}
