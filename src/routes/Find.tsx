import { useEffect, useState } from 'preact/hooks';
import { Page } from '../components/Page.tsx';
import { PostcodeForm } from '../components/PostcodeForm.tsx';
import { FindNotice, type NoticeKind } from '../components/FindNotice.tsx';
import { resultsHeading, SearchResults } from '../components/SearchResults.tsx';
import { currentPosition, type LocationFailure } from '../directory/position.ts';
import { chooseNation } from '../content/nation-choice.ts';
import { loadDirectory, loadedDirectory, type Directory } from '../directory/directory.ts';
import { DATA_VERSIONS } from '../directory/data-versions.ts';
import { lastSearch, rememberSearch, takeRequestedSearch } from '../directory/last-search.ts';
import { DataError } from '../directory/load.ts';
import { placeFromPosition, placeFromQuery, type Place } from '../directory/places.ts';
import { parsePostcodeQuery } from '../directory/postcode-query.ts';
import { formatSize } from '../i18n/format.ts';
import { SaveOffline } from '../components/SaveOffline.tsx';
import { isolate, t, type Namespace } from '../i18n/index.ts';

const FIELD_ERRORS = { empty: 'find:errors.empty', invalid: 'find:errors.invalid', unknown: 'find:errors.unknown' } as const;
const PROBLEMS = {
  listOffline: 'find:errors.listOffline',
  listFailed: 'find:errors.listFailed',
  locationDenied: 'find:errors.locationDenied',
  locationUnavailable: 'find:errors.locationUnavailable',
  locationUnsupported: 'find:errors.locationUnsupported',
} as const;
const BUSY = { loadingList: 'find:loadingList', locating: 'find:locating' } as const;

type FieldError = keyof typeof FIELD_ERRORS;

/** What the screen shows under the search controls. */
type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; message: keyof typeof BUSY }
  | { kind: 'fieldError'; error: FieldError; label: string }
  | { kind: 'listError'; reason: 'listOffline' | 'listFailed'; retry: () => void }
  | { kind: 'locationError'; reason: LocationFailure }
  | { kind: 'notice'; notice: NoticeKind }
  | { kind: 'results'; place: Extract<Place, { kind: 'found' }>; directory: Directory };

/** The outcome a place leads to, once the directory is loaded. */
function outcomeFor(place: Place, directory: Directory): Outcome {
  // The directory covers England and Wales: Scotland gets its own advice, never England's.
  if (place.kind === 'found') {
    return place.nation === 'S' ? { kind: 'notice', notice: 'scotland' } : { kind: 'results', place, directory };
  }
  return problemOutcome(place);
}

/** What to show for a place the directory cannot search from. */
function problemOutcome(place: Exclude<Place, { kind: 'found' }>): Outcome {
  switch (place.kind) {
    case 'unknown':
      return { kind: 'fieldError', error: 'unknown', label: place.label };
    case 'empty':
    case 'invalid':
      return { kind: 'fieldError', error: place.kind, label: '' };
    default:
      return { kind: 'notice', notice: place.kind };
  }
}

/** A short line for screen readers when results or advice appear below the search. */
function announcement(outcome: Outcome): string | null {
  if (outcome.kind === 'results') return resultsHeading(outcome.place);
  if (outcome.kind !== 'notice') return null;
  if (outcome.notice === 'scotland' || outcome.notice === 'northernIreland') return t(`find:${outcome.notice}.title`);
  return t(outcome.notice === 'outside' ? 'find:outside' : 'find:crownDependency');
}

function restored(): Outcome {
  const { place } = lastSearch();
  const directory = loadedDirectory();
  return place && directory ? outcomeFor(place, directory) : { kind: 'idle' };
}

/** The string files this screen needs beyond translation.json (loaded with it by routes/registry.ts). */
export const STRINGS: Namespace[] = ['find', 'pwa'];

/** Find a GP practice: by postcode or the phone's location, searched on the phone itself. */
export function Find() {
  const [text, setText] = useState(lastSearch().text);
  const [safeOnly, setSafeOnly] = useState(lastSearch().safeOnly);
  const [outcome, setOutcome] = useState<Outcome>(restored);

  const settle = (place: Place, directory: Directory, typed: string) => {
    rememberSearch({ text: typed, safeOnly, place });
    // Know your rights opens on this nation's rules (in memory only).
    if (place.kind === 'found') chooseNation(place.nation);
    if (place.kind === 'northernIreland') chooseNation('N');
    setOutcome(outcomeFor(place, directory));
  };

  const withDirectory = async (then: (directory: Directory) => void, retry: () => void) => {
    if (!loadedDirectory()) setOutcome({ kind: 'busy', message: 'loadingList' });
    try {
      then(await loadDirectory());
    } catch (error) {
      const offline = error instanceof DataError && error.reason === 'offline';
      setOutcome({ kind: 'listError', reason: offline ? 'listOffline' : 'listFailed', retry });
    }
  };

  const search = (typed: string) => {
    setText(typed);
    const query = parsePostcodeQuery(typed);
    if (query.kind !== 'postcode') {
      // Empty, invalid and Northern Ireland need no download to answer.
      rememberSearch({ text: typed, safeOnly, place: null });
      if (query.kind === 'northernIreland') chooseNation('N');
      setOutcome(problemOutcome(query));
      return;
    }
    void withDirectory(
      (directory) => settle(placeFromQuery(query, directory), directory, typed),
      () => search(typed),
    );
  };

  const locate = async () => {
    setOutcome({ kind: 'busy', message: 'locating' });
    const position = await currentPosition();
    if ('failure' in position) {
      setOutcome({ kind: 'locationError', reason: position.failure });
      return;
    }
    // The position lives only in this function and the results; it is never stored or sent.
    void withDirectory(
      (directory) => settle(placeFromPosition(position, directory.sectors), directory, text),
      () => void locate(),
    );
  };

  useEffect(() => {
    const requested = takeRequestedSearch();
    if (requested !== null) search(requested);
  }, []);

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
      {outcome.kind === 'results' && (
        <SearchResults
          place={outcome.place}
          directory={outcome.directory}
          safeOnly={safeOnly}
          onSafeOnly={(value) => {
            setSafeOnly(value);
            rememberSearch({ ...lastSearch(), safeOnly: value });
          }}
        />
      )}
      <SaveOffline
        unsaved={
          loadedDirectory() ? undefined : t('find:downloadNote', { size: isolate(formatSize(DATA_VERSIONS.downloadBytes)) })
        }
      />
    </Page>
  );
}
