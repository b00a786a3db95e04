import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';

/** A link to another website: it says that it leaves the app, and sends no referrer. */
export function ExternalLink({ href, lang, children }: { href: string; lang?: string; children: ComponentChildren }) {
  return (
    <a href={href} rel="noreferrer">
      <span lang={lang}>{children}</span> <span class="hint">{t('app.opensWebsite')}</span>
    </a>
  );
}
