import { loadPractice, type PracticeRecord } from '../directory/directory.ts';
import { useLoad, type Loading } from './use-load.ts';

const none = () => Promise.resolve(null);

/**
 * One practice by ODS code, as every screen that shows one loads it: loading, then the record, null when
 * there is no such practice, or the failure (offline or not); with a way to try again. No code, no load.
 */
export function usePracticeRecord(code: string | null): [Loading<PracticeRecord | null>, () => void] {
  return useLoad(code ? () => loadPractice(code) : none, code ?? '');
}
