import { Page } from '../components/Page.tsx';
import { t, type Namespace } from '../i18n/index.ts';
import { useHref } from '../router/links.ts';

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['notFound'];

/** Any path the app does not know: say so kindly and offer the way on. */
export function NotFound() {
  const href = useHref();
  return (
    <Page title={t('notFound:title')}>
      <p>{t('notFound:body')}</p>
      <ul class="link-list" role="list">
        <li>
          <a href={href({ name: 'home' })}>{t('notFound:home')}</a>
        </li>
        <li>
          <a href={href({ name: 'find' })}>{t('notFound:find')}</a>
        </li>
      </ul>
    </Page>
  );
}
