import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { hasMovedInApp } from '../router/history.ts';

interface PageProps {
  title: string;
  children?: ComponentChildren;
}

/** A screen: its heading, the document title, and focus on the heading after in-app navigation. */
export function Page({ title, children }: PageProps) {
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
        {title}
      </h1>
      {children}
    </>
  );
}
