import { EXTERNAL_LINKS } from '../content/external-links.ts';
import { t } from '../i18n/index.ts';
import { ExternalLink } from './ExternalLink.tsx';
import type { NoticeKind } from '../directory/find-outcome.ts';

/** The places the directory does not cover, each with its own advice. */

/** Advice for a search outside England and Wales: never England's rules presented as theirs. */
export function FindNotice({ kind }: { kind: NoticeKind }) {
  if (kind === 'scotland') {
    return (
      <section class="notice" aria-labelledby="notice-title">
        <h2 id="notice-title">{t('find:scotland.title')}</h2>
        <p>{t('find:scotland.coverage')}</p>
        <p>{t('find:scotland.rule')}</p>
        <p>
          <ExternalLink href={EXTERNAL_LINKS.nhsInform}>{t('find:scotland.link')}</ExternalLink>
        </p>
      </section>
    );
  }
  if (kind === 'northernIreland') {
    return (
      <section class="notice" aria-labelledby="notice-title">
        <h2 id="notice-title">{t('find:northernIreland.title')}</h2>
        <p>{t('find:northernIreland.coverage')}</p>
        <p>{t('find:northernIreland.rule')}</p>
        <ul class="link-list">
          <li>
            <ExternalLink href={EXTERNAL_LINKS.nidirect}>{t('find:northernIreland.nidirect')}</ExternalLink>
          </li>
          <li>
            <ExternalLink href={EXTERNAL_LINKS.bso}>{t('find:northernIreland.bso')}</ExternalLink>
          </li>
        </ul>
      </section>
    );
  }
  return <p class="notice">{t(kind === 'outside' ? 'find:outside' : 'find:crownDependency')}</p>;
}
