import { DistrictResults, districtHeading } from '../components/DistrictResults.tsx';
import { FindNotice } from '../components/FindNotice.tsx';
import { Page } from '../components/Page.tsx';
import { PostcodeForm } from '../components/PostcodeForm.tsx';
import { SaveOffline } from '../components/SaveOffline.tsx';
import { resultsHeading, SearchResults } from '../components/SearchResults.tsx';
import { DATA_VERSIONS } from '../directory/data-versions.ts';
import { loadedDirectory } from '../directory/directory.ts';
import { BUSY, FIELD_ERRORS, PROBLEMS, type Outcome } from '../directory/find-outcome.ts';
import { useFind } from '../hooks/use-find.ts';
import { formatSize } from '../i18n/format.ts';
import { isolate, t, type Namespace } from '../i18n/index.ts';

/** A short line for screen readers when results or advice appear below the search. */
function announcement(outcome: Outcome): string | null {
  if (outcome.kind === 'results') return resultsHeading(outcome.place);
  if (outcome.kind === 'district') return districtHeading(outcome.results);
  if (outcome.kind !== 'notice') return null;
  if (outcome.notice === 'northernIreland') return t('find:northernIreland.title');
  return t(outcome.notice === 'outside' ? 'find:outside' : 'find:crownDependency');
}

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['find', 'pwa'];

/** Find a GP practice: by postcode or the phone's location, searched on the phone itself. */
export function Find() {
  const { text, setText, safeOnly, setSafeOnly, outcome, search, locate } = useFind();
  const announced = announcement(outcome);
  const fieldError = outcome.kind === 'fieldError' ? t(FIELD_ERRORS[outcome.error], { postcode: isolate(outcome.label) }) : null;
  return (
    <Page title={t('find:title')}>
      <p>{t('find:intro')}</p>
      <p class="hint">{t('find:privacy')}</p>
      <PostcodeForm value={text} onInput={setText} onSearch={search} error={fieldError} />
      <div class="locate">
        <button type="button" class="button secondary" onClick={() => void locate()} aria-describedby="locate-hint">
          {t('find:useLocation')}
        </button>
        <p id="locate-hint" class="hint">
          {t('find:locationHint')}
        </p>
      </div>
      <div role="status" class="find-status">
        {outcome.kind === 'busy' && <p class="loading">{t(BUSY[outcome.message])}</p>}
        {announced && <p class="visually-hidden">{announced}</p>}
      </div>
      {outcome.kind === 'listError' && (
        <div class="notice" role="alert">
          <p>{t(PROBLEMS[outcome.reason])}</p>
          <button type="button" class="button" onClick={outcome.retry}>
            {t('find:retry')}
          </button>
        </div>
      )}
      {outcome.kind === 'locationError' && (
        <p class="notice" role="alert">
          {t(PROBLEMS[outcome.reason])}
        </p>
      )}
      {outcome.kind === 'notice' && <FindNotice kind={outcome.notice} />}
      {outcome.kind === 'district' && <DistrictResults results={outcome.results} />}
      {outcome.kind === 'results' && (
        <SearchResults place={outcome.place} directory={outcome.directory} safeOnly={safeOnly} onSafeOnly={setSafeOnly} />
      )}
      <SaveOffline
        unsaved={
          loadedDirectory() ? undefined : t('find:downloadNote', { size: isolate(formatSize(DATA_VERSIONS.downloadBytes)) })
        }
      />
    </Page>
  );
}
