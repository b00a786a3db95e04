import 'i18next';
import type about from '../../locales/en/about.json';
import type card from '../../locales/en/card.json';
import type draft from '../../locales/en/draft.json';
import type find from '../../locales/en/find.json';
import type languages from '../../locales/en/languages.json';
import type notFound from '../../locales/en/notFound.json';
import type poster from '../../locales/en/poster.json';
import type practice from '../../locales/en/practice.json';
import type pwa from '../../locales/en/pwa.json';
import type rights from '../../locales/en/rights.json';
import type share from '../../locales/en/share.json';
import type translation from '../../locales/en/translation.json';

// Keys are typed from the English files: a misspelt key fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof translation;
      about: typeof about;
      card: typeof card;
      draft: typeof draft;
      find: typeof find;
      languages: typeof languages;
      notFound: typeof notFound;
      poster: typeof poster;
      practice: typeof practice;
      pwa: typeof pwa;
      rights: typeof rights;
      share: typeof share;
    };
  }
}
