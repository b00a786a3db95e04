import { forgetSearch } from './directory/last-search.ts';
import { entriesSinceLoad } from './router/history.ts';
import { QUICK_EXIT_URL } from './site.ts';

/**
 * Leaves the app at once for a neutral website, on the person's action only: the search is forgotten and
 * the page blanked; then the history goes back over the screens opened in the app since it loaded, and
 * that entry is replaced by the neutral site, so Back leads to where the person was before the app, not
 * into it. (Earlier separate visits stay in the browser's history: About says so.) No referrer is sent.
 */
export function quickExit(): void {
  forgetSearch();
  document.body.hidden = true;
  const leave = () => location.replace(QUICK_EXIT_URL);
  const back = entriesSinceLoad();
  if (back === 0) return leave();
  addEventListener('popstate', leave, { once: true });
  // If going back is refused or slow, leave from where we are.
  setTimeout(leave, 400);
  history.go(-back);
}

/** Presses of Shift three times in a row within this long leave the app, as on GOV.UK. */
const WINDOW_MS = 5000;

/** A keydown handler that calls `exit` when Shift is pressed 3 times in a row (any other key starts over). */
export function shiftThreeTimes(exit: () => void, now: () => number = Date.now): (event: KeyboardEvent) => void {
  let presses: number[] = [];
  return (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const time = now();
    presses = [...presses.filter((t) => time - t < WINDOW_MS), time];
    if (presses.length >= 3) {
      presses = [];
      exit();
    }
  };
}

/** Listens for Shift pressed 3 times on every screen. Call once at boot. */
export function listenForQuickExit(): void {
  document.addEventListener('keydown', shiftThreeTimes(quickExit));
}
