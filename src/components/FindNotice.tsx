import { EXTERNAL_LINKS } from '../content/external-links.ts';
import { t } from '../i18n/index.ts';
import { ExternalLink } from './ExternalLink.tsx';
import type { NoticeKind } from '../directory/find-outcome.ts';

/** Northern Ireland's own rules (fact N1) and where to read more: never England's rules presented as theirs. */
export function NorthernIrelandRules() {
  return (
    <>
      <p>{t('find:northernIreland.rule')}</p>
      <ul class="link-list">
        <li>
          <ExternalLink href={EXTERNAL_LINKS.nidirect}>{t('find:northernIreland.nidirect')}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={EXTERNAL_LINKS.bso}>{t('find:northernIreland.bso')}</ExternalLink>
        </li>
      </ul>
    </>
  );
}

/** Advice for a search the directory cannot answer with practices: a position in Northern Ireland, or outside the UK. */
export function FindNotice({ kind }: { kind: NoticeKind }) {
  if (kind === 'northernIreland') {
    // No open coordinates for BT postcodes: a position there cannot be matched to practices, a postcode can.
    return (
      <section class="notice" aria-labelledby="notice-title" data-needs-postcode>
        <h2 id="notice-title">{t('find:northernIreland.title')}</h2>
        <p>{t('find:northernIreland.needPostcode')}</p>
        <NorthernIrelandRules />
      </section>
    );
  }
  return <p class="notice">{t(kind === 'outside' ? 'find:outside' : 'find:crownDependency')}</p>;
}
