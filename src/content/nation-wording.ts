/**
 * What the practice page, poster and text message say about registering, by the practice's nation. Each
 * nation has its own checked words (facts E2, W1, S1, N1 in ../shared/content/rights-facts.md): England's
 * "no proof of address, ID or immigration status" is never shown as another nation's rule. Wales and Northern
 * Ireland get the plain "you can ask to register" and their own line; Northern Ireland never hears that no
 * documents are needed.
 */
import type { Nation } from '../directory/data-format.ts';
import type { Key } from '../i18n/index.ts';

/** The poster's big line, in English and the chosen languages. */
export const POSTER_HEADLINE: Record<Nation, Key<'poster'>> = {
  E: 'poster:headline',
  W: 'poster:headlineAsk',
  S: 'poster:headlineScotland',
  N: 'poster:headlineAsk',
};

/** The text message sharing one practice. */
export const SMS_PRACTICE: Record<Nation, Key<'share'>> = {
  E: 'share:smsPractice',
  W: 'share:smsPracticeAsk',
  S: 'share:smsPracticeScotland',
  N: 'share:smsPracticeAsk',
};

/** "How to register here" on a practice's page: that you can ask, then the nation's own rule. */
export const HOW_TO_REGISTER: Record<Nation, readonly [Key<'practice'>, Key<'practice'>]> = {
  E: ['practice:howEngland1', 'practice:howEngland2'],
  W: ['practice:howAsk', 'practice:howWales2'],
  S: ['practice:howAsk', 'practice:howScotland2'],
  N: ['practice:howAsk', 'practice:howNorthernIreland2'],
};

/** Where a practice's details come from, with the list's edition. */
export const DATA_NOTE: Record<Nation, Key<'practice'>> = {
  E: 'practice:dataNote',
  W: 'practice:dataNote',
  S: 'practice:dataNoteScotland',
  N: 'practice:dataNoteNorthernIreland',
};
