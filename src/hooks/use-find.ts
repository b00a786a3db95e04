import { useEffect, useState } from 'preact/hooks';
import { chooseNation } from '../content/nation-choice.ts';
import { loadDirectory, loadedDirectory, type Directory } from '../directory/directory.ts';
import { lastSearch, rememberSearch, takeRequestedSearch } from '../directory/last-search.ts';
import { DataError } from '../directory/load.ts';
import { placeFromPosition, placeFromQuery, type Place } from '../directory/places.ts';
import { currentPosition } from '../directory/position.ts';
import { parsePostcodeQuery } from '../directory/postcode-query.ts';
import { outcomeFor, problemOutcome, restoredOutcome, type Outcome } from '../directory/find-outcome.ts';

/**
 * The Find screen's flow: a search by postcode or by the phone's position, on the phone itself, to an
 * Outcome (src/directory/find-outcome.ts). The latest search is remembered in memory only, so Back shows it
 * again; the position lives only in `locate` and the results, never stored or sent.
 */
export function useFind() {
  const [text, setText] = useState(lastSearch().text);
  const [safeOnly, setSafeOnlyState] = useState(lastSearch().safeOnly);
  const [outcome, setOutcome] = useState<Outcome>(() => restoredOutcome(lastSearch().place, loadedDirectory()));

  const settle = (place: Place, directory: Directory, typed: string) => {
    rememberSearch({ text: typed, safeOnly, place });
    // Know your rights opens on this nation's rules (in memory only).
    if (place.kind === 'found') chooseNation(place.nation);
    if (place.kind === 'northernIreland' || place.kind === 'district') chooseNation('N');
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
    if (query.kind !== 'postcode' && query.kind !== 'northernIreland') {
      // Empty, invalid and the Crown Dependencies need no download to answer.
      rememberSearch({ text: typed, safeOnly, place: null });
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
    void withDirectory(
      (directory) => settle(placeFromPosition(position, directory.sectors), directory, text),
      () => void locate(),
    );
  };

  const setSafeOnly = (value: boolean) => {
    setSafeOnlyState(value);
    rememberSearch({ ...lastSearch(), safeOnly: value });
  };

  useEffect(() => {
    // A postcode handed over from another screen (a practice that was not found) is searched on arrival.
    const requested = takeRequestedSearch();
    if (requested !== null) search(requested);
  }, []);

  return { text, setText, safeOnly, setSafeOnly, outcome, search, locate };
}
