import { currentLanguage, t } from '../i18n/index.ts';
import { useHref } from '../router/links.ts';
import { Icon } from './Icon.tsx';

/** The top bar: skip link, product name (home), and the way to every language. */
export function Header() {
  const href = useHref();
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div class="bar container">
        <a class="brand" href={href({ name: 'home' })} aria-label={t('nav.home')}>
          <img src="/icon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </a>
        {/* Recognisable without reading English: a globe and the current language's own name. */}
        <a class="language-link" href={href({ name: 'languages' })}>
          <Icon name="globe" />
          <span lang={currentLanguage()}>{t('app.languageName')}</span>
          <span class="visually-hidden">{t('nav.language')}</span>
        </a>
      </div>
    </header>
  );
}
