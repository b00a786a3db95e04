import { t } from '../i18n/index.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { setSavedLanguage } from '../i18n/saved-language.ts';
import { buildPath } from '../router/routes.ts';
import { routeToReturnTo } from '../router/return-route.ts';

interface LanguageListProps {
  current: string;
  showStatus?: boolean;
}

/** Every language by its own name, each a link to the current screen in that language. */
export function LanguageList({ current, showStatus = false }: LanguageListProps) {
  const target = routeToReturnTo();
  return (
    <ul class="language-list" role="list">
      {LANGUAGES.map((language) => (
        <li key={language.code}>
          <a
            href={buildPath(target, language.code)}
            lang={language.code}
            hrefLang={language.code}
            dir={language.dir}
            aria-current={language.code === current ? 'true' : undefined}
            onClick={() => setSavedLanguage(language.code)}
          >
            <span class="endonym">{language.endonym}</span>
            {language.name !== language.endonym && <span class="exonym" lang="en" dir="ltr">{language.name}</span>}
          </a>
          {showStatus && language.status === 'draft' && <p class="hint">{t('languages:draft')}</p>}
        </li>
      ))}
    </ul>
  );
}
