import { useRef, useState } from 'preact/hooks';
import { CardText } from '../components/CardText.tsx';
import { DraftNote } from '../components/DraftNote.tsx';
import { Page } from '../components/Page.tsx';
import { PracticeProblem } from '../components/PracticeStates.tsx';
import { usePracticeRecord } from '../hooks/use-practice-record.ts';
import { chosenNation } from '../content/nation-choice.ts';
import { currentLanguage, fixedT, isolate, t, type Namespace } from '../i18n/index.ts';
import { findLanguage } from '../i18n/language-list.ts';
import { useHref } from '../router/links.ts';
import type { RouteProps } from './types.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['card', 'draft', 'practice'];

/**
 * `/card` and `/card?p={code}`: the card a patient shows at reception. The top half is always English,
 * for the staff; the bottom half says the same in the patient's language so they know what it says.
 */
export function Card({ route }: RouteProps<{ name: 'card'; practice: string | null }>) {
  const href = useHref();
  const card = useRef<HTMLDivElement>(null);
  const [both, setBoth] = useState(true);
  const code = route.practice;
  const [practice, retry] = usePracticeRecord(code);
  const record = practice.status === 'ready' ? practice.value : null;
  const nation = record?.practice.nation ?? chosenNation() ?? 'E';

  const language = currentLanguage();
  const entry = findLanguage(language);
  const bilingual = language !== SOURCE_LANGUAGE && entry !== undefined;
  // The staff's half is English whatever the app's language.
  const english = fixedT(SOURCE_LANGUAGE);
  const name = record?.practice.name ?? null;

  return (
    <Page title={t('card:title')}>
      <div class="no-print">
        <DraftNote language={language} />
      </div>
      <p class="hint no-print">{t('card:intro')}</p>
      {/* The card works without the practice's name: a failed load is said, with Try again, above it. */}
      {practice.status === 'failed' && (
        <div class="no-print">
          <PracticeProblem error={practice.error} retry={retry} />
        </div>
      )}
      {code && practice.status === 'ready' && !record && (
        <p class="notice no-print">{t('card:practiceUnknown', { code: isolate(code) })}</p>
      )}
      {nation === 'N' && (
        <p class="notice no-print">
          {t('card:northernIreland')} <a href={href({ name: 'rights' })}>{t('home.rights')}</a>
        </p>
      )}
      <div class="card-controls no-print">
        {bilingual && (
          <fieldset class="toggle">
            <legend>{t('card:show')}</legend>
            <label class="choice">
              <input type="radio" name="card-languages" checked={both} onChange={() => setBoth(true)} />
              <span>{t('card:showBoth')}</span>
            </label>
            <label class="choice">
              <input type="radio" name="card-languages" checked={!both} onChange={() => setBoth(false)} />
              <span>{t('card:showEnglish')}</span>
            </label>
          </fieldset>
        )}
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('card:print')}
        </button>
        {document.fullscreenEnabled && (
          <button type="button" class="button secondary" onClick={() => void card.current?.requestFullscreen()}>
            {t('card:fullScreen')}
          </button>
        )}
      </div>
      <div class="reception-card" ref={card}>
        <section class="card-half" lang="en" dir="ltr" aria-labelledby="card-english">
          <h2 id="card-english">{english('card:forStaff')}</h2>
          <CardText t={english} practice={name} language={bilingual ? (entry.spoken ?? entry).name : null} nation={nation} />
        </section>
        {bilingual && both && (
          <section class="card-half card-translation" aria-labelledby="card-translation">
            <h2 id="card-translation">{t('card:translation')}</h2>
            <CardText t={t} practice={name} language={(entry.spoken ?? entry).endonym} nation={nation} />
          </section>
        )}
      </div>
    </Page>
  );
}
