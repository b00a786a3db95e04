import { useEffect, useState } from 'preact/hooks';

/** The state of something being loaded. */
export type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/** Runs `load` when `key` changes; returns its state and a function to try again. */
export function useLoad<T>(load: () => Promise<T>, key: string): [Loading<T>, () => void] {
  const [state, setState] = useState<Loading<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => void (live = false);
    // `load` is a new closure each render; `key` says when it means something new.
  }, [key, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}
