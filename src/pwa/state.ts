/** What the service worker has told us: the app is cached for offline use, or a new version waits. */
export interface PwaState {
  offlineReady: boolean;
  needRefresh: boolean;
}

type Listener = (state: PwaState) => void;

let state: PwaState = { offlineReady: false, needRefresh: false };
let updater: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

/** The current service-worker state. */
export function getPwaState(): PwaState {
  return state;
}

/** Merges a change into the state and tells every subscriber. */
export function setPwaState(change: Partial<PwaState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener(state));
}

/** Subscribes to state changes; returns the unsubscribe function. */
export function subscribePwa(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Keeps the function that activates a waiting version and reloads the page. */
export function setUpdater(update: () => Promise<void>): void {
  updater = update;
}

/** Activates the waiting version and reloads; resolves false when there is nothing to activate. */
export async function applyUpdate(): Promise<boolean> {
  if (!updater) return false;
  await updater();
  return true;
}
