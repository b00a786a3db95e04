import { ExternalLink } from './ExternalLink.tsx';
import { RightsIcon } from './RightsIcon.tsx';
import { SourceList } from './SourceList.tsx';
import { EXTERNAL_LINKS } from '../content/external-links.ts';
import type { RightsSection } from '../content/rights.ts';
import { telHref } from '../directory/contact.ts';
import { isolate, t } from '../i18n/index.ts';
import { HELPLINES } from '../site.ts';

/** One section of Know your rights: picture, heading, short paragraphs, phone lines, and where it comes from. */
export function RightsSectionView({ section }: { section: RightsSection }) {
  const heading = `rights-${section.id}`;
  return (
    <section class="rights-section" aria-labelledby={heading}>
      <h2 id={heading}>
        <RightsIcon name={section.icon} />
        <span>{t(section.title)}</span>
      </h2>
      {section.paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {section.list && (
        <ul>
          {section.list.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      )}
      {section.helplines && (
        <ul class="link-list helplines" role="list">
          {section.helplines.map(([label, id]) => (
            <li key={id}>
              <a class="button secondary" href={telHref(HELPLINES[id])}>
                {t('rights:call', { name: t(label), number: isolate(HELPLINES[id]) })}
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
        <p key={key}>{t(key)}</p>
      ))}
      <details class="section-sources">
        <summary>{t('rights:sources')}</summary>
        <SourceList facts={section.facts} />
      </details>
    </section>
  );
}
