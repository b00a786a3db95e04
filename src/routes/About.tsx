import { DraftNote } from '../components/DraftNote.tsx';
import { Page } from '../components/Page.tsx';
import { SaveOffline } from '../components/SaveOffline.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { CONTENT_REVIEWED } from '../content/facts.ts';
import { ALL_SECTIONS } from '../content/rights.ts';
import { DATA_VERSIONS } from '../directory/data-versions.ts';
import { isolate, t, type Namespace } from '../i18n/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useHref } from '../router/links.ts';
import { formatDate } from '../i18n/format.ts';

const STEPS = ['about:step1', 'about:step2', 'about:step3', 'about:step4', 'about:step5', 'about:step6'] as const;

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['about', 'rights', 'draft', 'pwa'];

/** `/about`: who the app is for, privacy in plain words, every source, the data's attribution, and help for practice staff. */
export function About() {
  const href = useHref();
  return (
    <Page title={t('about:title')}>
      <DraftNote language={useLanguage()} />
      <p>{t('about:who')}</p>
      <h2>{t('about:privacyTitle')}</h2>
      <ul>
        <li>{t('about:privacyNoData')}</li>
        <li>{t('about:privacySearch')}</li>
        <li>{t('about:privacyLanguage')}</li>
        <li>{t('about:privacyOffline')}</li>
      </ul>
      <SaveOffline />

      <h2 id="quick-exit">{t('about:exitTitle')}</h2>
      <p>{t('about:exitBody')}</p>
      <p>{t('about:exitLimits')}</p>

      <h2 id="sources">{t('about:sourcesTitle')}</h2>
      <p>{t('about:sourcesIntro')}</p>
      <p class="reviewed">{t('about:reviewed', { date: formatDate(CONTENT_REVIEWED) })}</p>
      {ALL_SECTIONS.map((section) => (
        <div key={section.id} class="source-group">
          <h3>{t(section.title)}</h3>
          <SourceList facts={section.facts} />
        </div>
      ))}

      <h2>{t('about:dataTitle')}</h2>
      <p>
        {t('about:dataBody', {
          epraccur: isolate(formatDate(DATA_VERSIONS.editions.epraccur)),
          scotland: isolate(formatDate(DATA_VERSIONS.editions.scotland)),
          northernIreland: isolate(formatDate(DATA_VERSIONS.editions.northernIreland)),
          codepoint: isolate(DATA_VERSIONS.editions.codepoint),
        })}
      </p>
      <p>{t('about:dataGaps', { scotland: isolate(formatDate(DATA_VERSIONS.editions.scotland)) })}</p>
      <ul class="attribution" lang="en">
        {DATA_VERSIONS.attribution.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h2>{t('about:staffTitle')}</h2>
      <p>{t('about:staffIntro')}</p>
      <ol>
        {STEPS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p>{t('about:stepsLater')}</p>
      <p>{t('about:staffRules')}</p>
      <SourceList facts={['E16']} />
      <p>{t('about:poster')}</p>
      <p>
        <a href={href({ name: 'find' })}>{t('about:findLink')}</a>
      </p>
    </Page>
  );
}
