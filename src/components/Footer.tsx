import { t } from '../i18n/index.ts';
import { useHref } from '../router/links.ts';

/** The bottom of every page: about and privacy, and all languages. */
export function Footer() {
  const href = useHref();
  return (
    <footer class="site-footer">
      <div class="container">
        <ul class="link-list" role="list">
          <li>
            <a href={href({ name: 'about' })}>{t('nav.about')}</a>
          </li>
          <li>
            <a href={href({ name: 'languages' })}>{t('nav.languages')}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
