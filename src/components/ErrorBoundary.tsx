import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { t } from '../i18n/index.ts';

interface Props {
  children?: ComponentChildren;
  homeHref: string;
}

/** Catches a screen that throws, so a person sees a message in their language instead of a blank page. */
export function ErrorBoundary({ children, homeHref }: Props) {
  const [error] = useErrorBoundary();
  if (!error) return <>{children}</>;
  return (
    <div role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        {/* A full page load, so whatever broke starts afresh. */}
        <a href={homeHref} data-external>
          {t('error.home')}
        </a>
      </p>
    </div>
  );
}
