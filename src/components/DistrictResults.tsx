import { EXTERNAL_LINKS } from '../content/external-links.ts';
import type { AreaGroup, DistrictResults as Results } from '../directory/northern-ireland.ts';
import { isolate, t } from '../i18n/index.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { EnglishWords, Parts, placeMarks } from './Parts.tsx';
import { NorthernIrelandRules } from './FindNotice.tsx';
import { PracticeSummary } from './PracticeSummary.tsx';

/** The heading of a Northern Ireland search's results (also what screen readers hear when they appear). */
export function districtHeading(results: Results): string {
  return t('find:northernIreland.resultsHeading', { district: isolate(results.district) });
}

/** One area's practices, folded away until asked for: a long list, in postcode order. `summary` marks {{area}} (placeMarks). */
function AreaList({ group, summary, note }: { group: AreaGroup; summary: string; note?: string }) {
  return (
    <details class="area-group" data-area={group.area}>
      <summary>
        {/* The area's name is English (Belfast, South Eastern…) inside a sentence that may not be. */}
        <Parts text={summary} parts={{ area: <EnglishWords>{group.area}</EnglishWords> }} />
      </summary>
      {note && <p class="hint">{note}</p>}
      <ol class="result-list" role="list">
        {group.practices.map((practice) => (
          <PracticeSummary key={practice.code} practice={practice} />
        ))}
      </ol>
    </details>
  );
}

/**
 * A search by a Northern Ireland postcode: the practices of its district, without distances or phone
 * numbers (the data has neither), saying why; then, when the district has few, the rest of its health area.
 */
export function DistrictResults({ results }: { results: Results }) {
  const { district, inDistrict, sameArea, allAreas } = results;
  return (
    <section class="results" aria-labelledby="results-heading" data-district-results={district}>
      <h2 id="results-heading">{districtHeading(results)}</h2>
      <div class="notice">
        <NorthernIrelandRules />
      </div>
      <p class="hint">{t('find:northernIreland.noDistances')}</p>
      <p class="hint">
        {t('find:northernIreland.noPhones')}{' '}
        <ExternalLink href={EXTERNAL_LINKS.bso}>{t('find:northernIreland.bso')}</ExternalLink>
      </p>
      {inDistrict.length > 0 ? (
        <>
          <p>{t('find:northernIreland.inDistrict', { district: isolate(district) })}</p>
          <ol class="result-list" role="list">
            {inDistrict.map((practice) => (
              <PracticeSummary key={practice.code} practice={practice} />
            ))}
          </ol>
        </>
      ) : (
        <p class="notice">{t('find:northernIreland.noneInDistrict', { district: isolate(district) })}</p>
      )}
      {sameArea.map((group) => (
        <AreaList
          key={group.area}
          group={group}
          summary={t('find:northernIreland.sameArea', placeMarks('area'))}
          note={t('find:northernIreland.sameAreaNote', { district: isolate(district) })}
        />
      ))}
      {allAreas.length > 0 && <p>{t('find:northernIreland.allAreas')}</p>}
      {allAreas.map((group) => (
        <AreaList key={group.area} group={group} summary={t('find:northernIreland.areaName', placeMarks('area'))} />
      ))}
    </section>
  );
}
