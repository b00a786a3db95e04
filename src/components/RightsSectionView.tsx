import { ExternalLink } from './ExternalLink.tsx';
import { RightsIcon } from './RightsIcon.tsx';
import { SourceList } from './SourceList.tsx';
import { EXTERNAL_LINKS } from '../content/external-links.ts';
import type { RightsSection } from '../content/rights.ts';
import type { ComponentChildren } from 'preact';
import { fixedT, isolate, t } from '../i18n/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { telHref } from '../directory/contact.ts';
import { HELPLINES } from '../site.ts';

type Key = RightsSection['title'];

/** The English of a string, under its translation, marked as English so it is read and laid out as such. */
function English({ show, k, children }: { show: boolean; k: Key; children?: ComponentChildren }) {
  if (!show) return <>{children}</>;
  return (
    <>
      {children}
      <span class="english-too" lang="en" dir="ltr">
        {fixedT(SOURCE_LANGUAGE)(k)}
      </span>
    </>
  );
}

/**
 * One section of Know your rights: picture, heading, short paragraphs, phone lines, and where it comes
 * from. With `alsoEnglish`, each string's English follows it (for draft translations).
 */
export function RightsSectionView({ section, alsoEnglish = false }: { section: RightsSection; alsoEnglish?: boolean }) {
  const heading = `rights-${section.id}`;
  const text = (key: Key) => (
    <English show={alsoEnglish} k={key}>
      {t(key)}
    </English>
  );
  return (
    <section class="rights-section" aria-labelledby={heading}>
      <h2 id={heading}>
        <RightsIcon name={section.icon} />
        <span>{text(section.title)}</span>
      </h2>
      {section.paragraphs.map((key) => (
        <p key={key}>{text(key)}</p>
      ))}
      {section.list && (
        <ul>
          {section.list.map((key) => (
            <li key={key}>{text(key)}</li>
          ))}
        </ul>
      )}
      {section.helplines && (
        <ul class="link-list helplines" role="list">
          {section.helplines.map(([label, id]) => (
            <li key={id}>
              <a class="button secondary" href={telHref(HELPLINES[id]) ?? `tel:${HELPLINES[id]}`}>
                {label
                  ? t('rights:call', { name: t(label), number: isolate(HELPLINES[id]) })
                  : t('rights:callNumber', { number: isolate(HELPLINES[id]) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {section.links && (
        <ul class="link-list" role="list">
          {section.links.map(([label, id]) => (
            <li key={id}>
              <ExternalLink href={EXTERNAL_LINKS[id]}>{t(label)}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
      {section.closing?.map((key) => (
        <p key={key}>{text(key)}</p>
      ))}
      <details class="section-sources">
        <summary>{t('rights:sources')}</summary>
        <SourceList facts={section.facts} />
      </details>
    </section>
  );
}
