import { ExternalLink } from './ExternalLink.tsx';
import { Page } from './Page.tsx';
import { SafeSurgeryBadge } from './PracticeSummary.tsx';
import { DATA_NOTE, HOW_TO_REGISTER } from '../content/nation-wording.ts';
import { EXTERNAL_LINKS } from '../content/external-links.ts';
import { directionsHref, isAppleDevice, telHref } from '../directory/contact.ts';
import type { Practice } from '../directory/practices.ts';
import { currentLanguage, fixedT, isolate, t } from '../i18n/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { EnglishWords, Parts, placeMarks } from './Parts.tsx';
import { formatDate } from '../i18n/format.ts';
import { useHref } from '../router/links.ts';

/** A known practice: who it is, how to reach it, how to register there, and what to do next. */
export function PracticeDetails({ practice, edition }: { practice: Practice; edition: string }) {
  const href = useHref();
  const code = practice.code;
  const { nation } = practice;
  const [howAsk, howRule] = HOW_TO_REGISTER[nation];
  const tel = practice.phone ? telHref(practice.phone) : null;
  return (
    <Page title={practice.name} titleLang="en">
      {practice.member && (
        <div class="member">
          <SafeSurgeryBadge label={t('practice:safeSurgery')} />
          <p class="hint">
            <Parts
              text={t('practice:memberSource', placeMarks('evidence'))}
              parts={{ evidence: <EnglishWords>{practice.member.evidence}</EnglishWords> }}
            />{' '}
            <ExternalLink href={practice.member.source}>{t('practice:memberSourceLink')}</ExternalLink>
          </p>
        </div>
      )}
      <h2 class="label">{t('practice:address')}</h2>
      <address class="practice-address">
        {practice.address.map((line, i) => (
          <span key={i}>
            <bdi lang="en">{line}</bdi>
            <br />
          </span>
        ))}
        <bdi lang="en">{practice.postcode}</bdi>
      </address>
      {practice.approximate && <p class="hint">{t('practice:approximate')}</p>}
      {nation === 'S' && (
        // Scotland's list is old (October 2022): say so where people decide to go.
        <p class="notice" data-list-date>
          {t('practice:scotlandListDate', { date: formatDate(edition) })}
        </p>
      )}
      <ul class="link-list contact" role="list">
        <li>
          {practice.phone && tel ? (
            <a class="button secondary" href={tel}>
              {t('practice:call', { phone: isolate(practice.phone) })}
            </a>
          ) : nation === 'N' ? (
            // Northern Ireland's list has no phone numbers: say where to find one, never a button.
            <p class="hint" data-no-phone>
              {t('practice:noPhoneNorthernIreland')}{' '}
              <ExternalLink href={EXTERNAL_LINKS.bso}>{t('practice:bsoLink')}</ExternalLink>
            </p>
          ) : (
            <span class="hint">{t('practice:noPhone')}</span>
          )}
        </li>
        <li>
          <a
            class="button secondary"
            href={directionsHref(practice, isAppleDevice(navigator))}
            rel="noreferrer"
            aria-describedby="directions-hint"
          >
            {t('practice:directions')}
          </a>
          <p id="directions-hint" class="hint">
            {t('practice:directionsHint')}
          </p>
        </li>
      </ul>
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('practice:howTitle')}</h2>
        <ul>
          {/* Each nation's own words (content/nation-wording.ts): England's are never shown as another's. */}
          <li>{t(howAsk)}</li>
          <li>{t(howRule)}</li>
          <li>
            {t('practice:howSay')}
            {/* Said in English at reception: marked as English, with its meaning in the reader's language. */}
            <p class="phrase" lang="en" dir="ltr">
              “{fixedT(SOURCE_LANGUAGE)('practice:phrase')}”
            </p>
            {currentLanguage() !== SOURCE_LANGUAGE && (
              <p class="hint">{t('practice:phraseMeaning', { phrase: t('practice:phrase') })}</p>
            )}
          </li>
          {nation === 'E' && <li>{t('practice:howInterpreter')}</li>}
        </ul>
        <ul class="actions" role="list">
          <li>
            <a class="action" href={href({ name: 'card', practice: code })}>
              <span class="action-label">{t('practice:showCard')}</span>
            </a>
          </li>
          <li>
            <a class="action secondary-action" href={href({ name: 'share', code })}>
              <span class="action-label">{t('practice:share')}</span>
            </a>
          </li>
        </ul>
        <p>
          <a href={href({ name: 'rights' })}>{t('practice:rights')}</a>
        </p>
      </section>
      <section aria-labelledby="staff-title">
        <h2 id="staff-title">{t('practice:staffTitle')}</h2>
        <p>
          <a href={href({ name: 'poster', code })}>{t('practice:poster')}</a>
        </p>
      </section>
      <p class="hint">{t(DATA_NOTE[nation], { edition: formatDate(edition) })}</p>
    </Page>
  );
}
