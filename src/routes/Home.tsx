import { Icon, type IconName } from '../components/Icon.tsx';
import { useEffect, useState } from 'preact/hooks';
import type { LanguageList as List } from '../components/LanguageList.tsx';
import { Page } from '../components/Page.tsx';
import { loadLanguage, t } from '../i18n/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useHref } from '../router/links.ts';
import type { Route } from '../router/routes.ts';

interface Action {
  route: Route;
  icon: IconName;
  label: 'home.rights' | 'home.find' | 'home.card';
  hint: 'home.rightsHint' | 'home.findHint' | 'home.cardHint';
}

const ACTIONS: Action[] = [
  { route: { name: 'rights' }, icon: 'book', label: 'home.rights', hint: 'home.rightsHint' },
  { route: { name: 'find' }, icon: 'pin', label: 'home.find', hint: 'home.findHint' },
  { route: { name: 'card', practice: null }, icon: 'card', label: 'home.card', hint: 'home.cardHint' },
];

/** The front door: the promise, the three things people come to do, and every language. */
export function Home() {
  const href = useHref();
  const language = useLanguage();
  return (
    <Page title={t('home.title')}>
      <p class="promise">{t('home.promise')}</p>
      <p class="hint">{t('home.nationNote')}</p>
      <nav aria-labelledby="home-actions">
        <h2 id="home-actions" class="visually-hidden">
          {t('home.actionsLabel')}
        </h2>
        <ul class="actions" role="list">
          {ACTIONS.map((action) => (
            <li key={action.label}>
              <a class="action" href={href(action.route)}>
                <Icon name={action.icon} />
                <span>
                  <span class="action-label">{t(action.label)}</span>
                  <span class="action-hint">{t(action.hint)}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href={href({ name: 'shareApp' })}>{t('home.share')}</a>
      </p>
      <section aria-labelledby="home-languages" class="home-languages">
        <h2 id="home-languages">
          <Icon name="globe" /> {t('home.languagesLabel')}
        </h2>
        <HomeLanguages current={language} />
      </section>
    </Page>
  );
}

/**
 * Every language, loaded just after Home is shown: the list (its names, in every script) grows with each
 * language, so it stays out of the first bundle. Until then, or if it cannot load, a link to the list.
 */
function HomeLanguages({ current }: { current: string }) {
  const href = useHref();
  const [Loaded, setLoaded] = useState<typeof List | null>(null);
  useEffect(() => {
    Promise.all([import('../components/LanguageList.tsx'), loadLanguage(current, ['languages'])])
      .then(([module]) => setLoaded(() => module.LanguageList))
      .catch(() => undefined);
  }, [current]);
  if (Loaded) return <Loaded current={current} />;
  return (
    <p>
      <a href={href({ name: 'languages' })}>{t('nav.languages')}</a>
    </p>
  );
}
