import { useState } from 'preact/hooks';
import { DraftNote, isDraft } from '../components/DraftNote.tsx';
import { Page } from '../components/Page.tsx';
import { RightsSectionView } from '../components/RightsSectionView.tsx';
import { chooseNation, chosenNation } from '../content/nation-choice.ts';
import { SECTIONS_BY_NATION } from '../content/rights.ts';
import type { Nation } from '../directory/data-format.ts';
import { t, type Namespace } from '../i18n/index.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-language.ts';

const NATIONS = [
  ['E', 'rights:nationE'],
  ['S', 'rights:nationS'],
  ['W', 'rights:nationW'],
  ['N', 'rights:nationN'],
] as const;

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['rights', 'draft'];

/** `/rights`: what the NHS says a person can do, section by section, for the nation they are in. */
export function Rights() {
  // A nation found by a search on /find carries over; England's rules are the default.
  const [nation, setNation] = useState<Nation>(chosenNation() ?? 'E');
  const name = t(NATIONS.find(([code]) => code === nation)?.[1] ?? 'rights:nationE');
  const language = useLanguage();
  // A draft translation offers the English beside it, so anyone can compare.
  const [alsoEnglish, setAlsoEnglish] = useState(false);
  const compare = alsoEnglish && language !== SOURCE_LANGUAGE;
  return (
    <Page title={t('rights:title')}>
      <DraftNote language={language} />
      {isDraft(language) && (
        <label class="choice english-toggle">
          <input type="checkbox" checked={alsoEnglish} onChange={(e) => setAlsoEnglish(e.currentTarget.checked)} />
          <span>{t('draft:showEnglish')}</span>
        </label>
      )}
      <p>{t('rights:intro')}</p>
      <fieldset class="nation-switch">
        <legend>{t('rights:nationLegend')}</legend>
        {NATIONS.map(([code, label]) => (
          <label key={code} class="choice">
            <input
              type="radio"
              name="nation"
              value={code}
              checked={nation === code}
              onChange={() => {
                setNation(code);
                chooseNation(code);
              }}
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
      {nation !== 'E' && <p class="notice">{t('rights:nationNote', { nation: name })}</p>}
      {SECTIONS_BY_NATION[nation].map((section) => (
        <RightsSectionView key={section.id} section={section} alsoEnglish={compare} />
      ))}
    </Page>
  );
}
