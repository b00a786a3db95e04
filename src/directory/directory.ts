import { decodeAreas } from './areas.ts';
import type { AreaFile, PracticeFile } from './data-format.ts';
import { DATA_VERSIONS } from './data-versions.ts';
import { DataError, fetchData } from './load.ts';
import { indexPractices, type PracticeIndex } from './nearest.ts';
import type { Areas } from './places.ts';
import { decodePractices, type Practice } from './practices.ts';

/** Everything a search needs, loaded whole so what is downloaded never depends on what was searched. */
export interface Directory extends Areas {
  practices: PracticeIndex;
  /** ODS edition of the practice list, e.g. "2025-09-01". */
  edition: string;
}

let pending: Promise<Directory> | null = null;
let ready: Directory | null = null;

/** Loads the postcode tables and every practice (once; from the cache when offline). */
export function loadDirectory(): Promise<Directory> {
  pending ??= Promise.all([
    fetchData<AreaFile>('sectors.json', DATA_VERSIONS.sectors),
    fetchData<AreaFile>('districts.json', DATA_VERSIONS.districts),
    fetchData<PracticeFile>('practices.json', DATA_VERSIONS.practices),
  ]).then(
    ([sectors, districts, practices]) => {
      ready = {
        sectors: decodeAreas(sectors),
        districts: decodeAreas(districts),
        practices: indexPractices(decodePractices(practices)),
        edition: practices.edition,
      };
      return ready;
    },
    (error: unknown) => {
      // Let the next attempt (a "Try again" tap, or coming back online) start afresh.
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The directory if it has already loaded, without waiting. */
export function loadedDirectory(): Directory | null {
  return ready;
}

/** A practice and the edition of the list it comes from. */
export interface PracticeRecord {
  practice: Practice;
  edition: string;
}

/**
 * One practice by ODS code, or null when there is no such active practice. Fetches only that
 * practice's small record (its code is already in the page's URL), unless the whole list is loaded.
 */
export async function loadPractice(code: string): Promise<PracticeRecord | null> {
  if (ready) {
    const practice = ready.practices.byCode.get(code);
    return practice ? { practice, edition: ready.edition } : null;
  }
  if (!/^[A-Z0-9]{3,10}$/.test(code)) return null;
  try {
    const file = await fetchData<PracticeFile>(`practice/${code}.json`, DATA_VERSIONS.practiceRecords);
    const practice = decodePractices(file).find((p) => p.code === code);
    return practice ? { practice, edition: file.edition } : null;
  } catch (error) {
    if (error instanceof DataError && error.reason === 'notFound') return null;
    throw error;
  }
}
