/** Where saving for offline use stands, for the screens that show it (src/components/SaveOffline.tsx). */

/** Where saving stands: `remaining` is what is still to download (gzipped bytes), `done`/`total` the progress. */
export interface SaveState {
  phase: 'checking' | 'unsaved' | 'saving' | 'saved' | 'failed' | 'unavailable';
  done: number;
  total: number;
  remaining: number;
  /** The phone asks apps to save data: nothing big is downloaded until the person asks. */
  saveData: boolean;
}

let state: SaveState = { phase: 'checking', done: 0, total: 0, remaining: 0, saveData: false };
const listeners = new Set<(state: SaveState) => void>();

/** Merges a change into the state and tells every subscriber. */
export function setSaveState(change: Partial<SaveState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener(state));
}

/** The current state. */
export function getSaveState(): SaveState {
  return state;
}

/** Subscribes to changes of the state; returns the unsubscribe function. */
export function subscribeSave(listener: (state: SaveState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
