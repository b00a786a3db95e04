import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { hasMovedInApp } from '../router/history.ts';

interface PageProps {
  title: string;
  /** The title's language when it differs from the page's (a practice's name is English). */
  titleLang?: string;
  children?: ComponentChildren;
}

/** A screen: its heading, the document title, and focus on the heading after in-app navigation. */
export function Page({ title, titleLang, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [title]);
  useEffect(() => {
    // Screen reader users hear the new page's name instead of silence after a link.
    if (hasMovedInApp()) heading.current?.focus();
  }, []);
  return (
    <>
      <h1 id="page-title" tabIndex={-1} ref={heading}>
        {titleLang ? <bdi lang={titleLang}>{title}</bdi> : title}
      </h1>
      {children}
    </>
  );
}
