import type { ComponentChildren } from 'preact';
import { isHttpsUrl } from '../directory/validate.ts';
import { t } from '../i18n/index.ts';

/**
 * A link to another website: it says that it leaves the app, and sends no referrer. Only an https: address
 * becomes a link (one from data could be anything, `javascript:` included); anything else shows as text.
 */
export function ExternalLink({ href, lang, children }: { href: string; lang?: string; children: ComponentChildren }) {
  if (!isHttpsUrl(href)) return <span lang={lang}>{children}</span>;
  return (
    <a href={href} rel="noreferrer">
      <span lang={lang}>{children}</span> <span class="hint">{t('app.opensWebsite')}</span>
    </a>
  );
}
