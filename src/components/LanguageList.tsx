import { useState } from 'preact/hooks';
import { isolate, t } from '../i18n/index.ts';
import { findLanguage, LANGUAGES, type Language } from '../i18n/language-list.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { phoneLanguages, searchLanguages } from '../i18n/language-search.ts';
import { setSavedLanguage } from '../i18n/saved-language.ts';
import { routeToReturnTo } from '../router/return-route.ts';
import { buildPath } from '../router/routes.ts';

interface LanguageListProps {
  current: string;
  /** A search field above the list (the Languages screen). */
  searchable?: boolean;
  /** The level of the list's own headings. */
  level?: 2 | 3;
}

/** One language: its own name in its own script, the English name beneath, a big target to the same screen in it. */
function LanguageLink({ language, current }: { language: Language; current: string }) {
  const isCurrent = language.code === current;
  return (
    <li>
      <a
        href={buildPath(routeToReturnTo(), language.code)}
        hrefLang={language.code}
        aria-current={isCurrent ? 'true' : undefined}
        onClick={() => setSavedLanguage(language.code)}
      >
        <span class="endonym" lang={language.code} dir={language.dir}>
          {language.endonym}
        </span>
        {language.name !== language.endonym && (
          <span class="exonym" lang="en" dir="ltr">
            {language.name}
          </span>
        )}
        {isCurrent && <span class="current-mark">✓ {t('languages:current')}</span>}
      </a>
      {isCurrent && language.status === 'draft' && <p class="hint">{t('languages:draft')}</p>}
    </li>
  );
}

/** Every language, the phone's own first; on the Languages screen, searchable by any of its names. No flags. */
export function LanguageList({ current, searchable = false, level = 3 }: LanguageListProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const [query, setQuery] = useState('');
  const phone = phoneLanguages(navigator.languages ?? [navigator.language], LANGUAGE_CODES)
    .map(findLanguage)
    .filter((l): l is Language => l !== undefined);
  const shown = searchLanguages(LANGUAGES, query);
  return (
    <div class="language-picker">
      {phone.length > 0 && !query && (
        <>
          <Heading class="label">{t('languages:phoneLanguages')}</Heading>
          <ul class="language-list" role="list">
            {phone.map((language) => (
              <LanguageLink key={language.code} language={language} current={current} />
            ))}
          </ul>
        </>
      )}
      {searchable && (
        <>
          <label class="label" for="language-search">
            {t('languages:search')}
          </label>
          <p class="hint" id="language-search-hint">
            {t('languages:searchHint')}
          </p>
          <input
            id="language-search"
            class="input"
            type="search"
            autocomplete="off"
            aria-describedby="language-search-hint"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </>
      )}
      <Heading class="label">{t('languages:allLanguages')}</Heading>
      {/* Present whenever there is a search, so a screen reader hears when it finds nothing. */}
      {searchable && <p role="status">{shown.length === 0 ? t('languages:noMatch', { query: isolate(query) }) : ''}</p>}
      <ul class="language-list" role="list">
        {shown.map((language) => (
          <LanguageLink key={language.code} language={language} current={current} />
        ))}
      </ul>
    </div>
  );
}
