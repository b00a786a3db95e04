import type { Nation } from '../directory/data-format.ts';
import type { t as translate } from '../i18n/index.ts';
import { EnglishWords, Parts, placeMarks } from './Parts.tsx';

interface CardTextProps {
  t: typeof translate;
  practice: string | null;
  /** The language to ask an interpreter for, named in the card's language; null for English speakers. */
  language: string | null;
  nation: Nation;
}

/** The words of the reception card, in one language (English for the staff, or the patient's own). */
export function CardText({ t, practice, language, nation }: CardTextProps) {
  return (
    <>
      <p class="card-line card-main">
        {practice ? (
          // The practice's name is English, inside a sentence that may not be.
          <Parts
            text={t('card:registerAt', placeMarks('practice'))}
            parts={{ practice: <EnglishWords>{practice}</EnglishWords> }}
          />
        ) : (
          t('card:register')
        )}
      </p>
      {nation === 'E' && <p class="card-line">{t('card:guidance')}</p>}
      {nation === 'S' && <p class="card-line">{t('card:guidanceScotland')}</p>}
      {language && <p class="card-line">{t('card:interpreter', { language })}</p>}
      <p class="card-line">{t('card:thanks')}</p>
    </>
  );
}
