import { formatDate, formatDistance } from '../i18n/format.ts';
import { EXTERNAL_LINKS } from '../content/external-links.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { PracticeSummary } from './PracticeSummary.tsx';
import type { Directory } from '../directory/directory.ts';
import { KM_PER_MILE } from '../directory/geo.ts';
import { findNearest } from '../directory/nearest.ts';
import type { Place } from '../directory/places.ts';
import { isolate, t } from '../i18n/index.ts';
import { useHref } from '../router/links.ts';

/** How many practices a search lists. */
export const RESULT_COUNT = 10;

/** How far away a Safe Surgery still counts as near: 10 miles, in kilometres. */
export const SAFE_SURGERY_NEAR_KM = 10 * KM_PER_MILE;

const isMember = (p: { member: unknown }) => p.member !== null;

/** The heading of a search's results (also what screen readers hear when they appear). */
export function resultsHeading(place: Extract<Place, { kind: 'found' }>): string {
  return place.precision === 'device' ? t('find:resultsHeadingHere') : t('find:resultsHeading', { place: isolate(place.label) });
}

interface SearchResultsProps {
  place: Extract<Place, { kind: 'found' }>;
  directory: Directory;
  safeOnly: boolean;
  onSafeOnly: (safeOnly: boolean) => void;
}

/** The nearest practices to a place, with a "Safe Surgeries only" filter. */
export function SearchResults({ place, directory, safeOnly, onSafeOnly }: SearchResultsProps) {
  const href = useHref();
  const index = directory.practices;
  const nearestMember = findNearest(index, place.point, 1, isMember).find((r) => r.km <= SAFE_SURGERY_NEAR_KM);
  const results = safeOnly
    ? findNearest(index, place.point, RESULT_COUNT, isMember).filter((r) => r.km <= SAFE_SURGERY_NEAR_KM)
    : findNearest(index, place.point, RESULT_COUNT);
  const memberListed = results.some((r) => r.practice.member);
  const scottishListed = results.some((r) => r.practice.nation === 'S');
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{resultsHeading(place)}</h2>
      {place.nation === 'S' && (
        // Scotland's own rule (fact S1), never England's wording.
        <div class="notice">
          <p>{t('find:scotland.rule')}</p>
          <p>
            <ExternalLink href={EXTERNAL_LINKS.nhsInform}>{t('find:scotland.link')}</ExternalLink>
          </p>
        </div>
      )}
      {scottishListed && (
        <p class="hint" data-list-date>
          {t('find:scotland.listDate', { date: formatDate(directory.editions.S) })}
        </p>
      )}
      <p class="hint">
        {place.precision === 'device' ? t('find:approximateDevice') : t('find:approximateArea', { area: isolate(place.label) })}
      </p>
      <label class="checkbox">
        <input type="checkbox" checked={safeOnly} onChange={(e) => onSafeOnly(e.currentTarget.checked)} />
        <span>{t('find:safeOnly')}</span>
      </label>
      {!safeOnly && nearestMember && !memberListed && (
        <p class="notice">
          {t('find:nearestSafeSurgery')}{' '}
          <a href={href({ name: 'practice', code: nearestMember.practice.code })}>
            <bdi lang="en">{nearestMember.practice.name}</bdi>
          </a>{' '}
          <bdi>{formatDistance(nearestMember.km)}</bdi>
        </p>
      )}
      {results.length === 0 ? (
        <div class="notice">
          <p>{t('find:noSafeSurgeryNear', { distance: formatDistance(SAFE_SURGERY_NEAR_KM) })}</p>
          {place.nation === 'E' && <p>{t('find:sameRules')}</p>}
          <button type="button" class="button secondary" onClick={() => onSafeOnly(false)}>
            {t('find:showAll')}
          </button>
        </div>
      ) : (
        <>
          <p>
            {safeOnly ? t('find:safeOnlyCount', { count: results.length }) : t('find:resultsCount', { count: results.length })}
          </p>
          <ol class="result-list" role="list">
            {results.map(({ practice, km }) => (
              <PracticeSummary key={practice.code} practice={practice} km={km} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
