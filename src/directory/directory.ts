import { decodeAreas } from './areas.ts';
import { ODS_CODE, type AreaFile, type PracticeFile } from './data-format.ts';
import { DATA_VERSIONS } from './data-versions.ts';
import { cachedData, DataError, fetchData, type DataFile } from './load.ts';
import { indexPractices, type PracticeIndex } from './nearest.ts';
import type { Areas } from './places.ts';
import { decodePractices, type Practice } from './practices.ts';
import { validateAreaFile, validatePracticeFile } from './validate.ts';

/** Everything a search needs, loaded whole so what is downloaded never depends on what was searched. */
export interface Directory extends Areas {
  practices: PracticeIndex;
  /** ODS edition of the practice list, e.g. "2025-09-01". */
  edition: string;
}

/** The three files a search needs; each is checked against its SHA-256 from manifest.json. */
export const DIRECTORY_FILES = {
  sectors: { path: 'sectors.json', version: DATA_VERSIONS.sectors, hashed: true, validate: validateAreaFile },
  districts: { path: 'districts.json', version: DATA_VERSIONS.districts, hashed: true, validate: validateAreaFile },
  practices: { path: 'practices.json', version: DATA_VERSIONS.practices, hashed: true, validate: validatePracticeFile },
} satisfies Record<string, DataFile<AreaFile | PracticeFile>>;

/** One practice's small record (its hash in the manifest covers all records together: only the shape is checked). */
function recordFile(code: string): DataFile<PracticeFile> {
  return { path: `practice/${code}.json`, version: DATA_VERSIONS.practiceRecords, hashed: false, validate: validatePracticeFile };
}

let pending: Promise<Directory> | null = null;
let ready: Directory | null = null;
/** The practice list alone, read from the cache to open one practice (see loadPractice). */
let list: { byCode: ReadonlyMap<string, Practice>; edition: string } | null = null;

/** Loads the postcode tables and every practice (once; from the cache when offline). */
export function loadDirectory(): Promise<Directory> {
  pending ??= Promise.all([
    fetchData(DIRECTORY_FILES.sectors),
    fetchData(DIRECTORY_FILES.districts),
    fetchData(DIRECTORY_FILES.practices),
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

/** The whole practice list if this phone already keeps it (nothing is fetched). */
async function cachedList(): Promise<typeof list> {
  if (list) return list;
  const file = await cachedData(DIRECTORY_FILES.practices).catch(() => null);
  if (!file) return null;
  list = { byCode: new Map(decodePractices(file).map((p) => [p.code, p])), edition: file.edition };
  return list;
}

/**
 * One practice by ODS code, or null when there is no such active practice. From the whole list when it
 * is loaded or kept on this phone, so that no request says which practice was opened after a search;
 * otherwise (a first visit from a poster) only that practice's small record is fetched.
 */
export async function loadPractice(code: string): Promise<PracticeRecord | null> {
  const known = ready ? { byCode: ready.practices.byCode, edition: ready.edition } : await cachedList();
  if (known) {
    const practice = known.byCode.get(code);
    return practice ? { practice, edition: known.edition } : null;
  }
  if (!ODS_CODE.test(code)) return null;
  try {
    const file = await fetchData(recordFile(code));
    const practice = decodePractices(file).find((p) => p.code === code);
    return practice ? { practice, edition: file.edition } : null;
  } catch (error) {
    if (error instanceof DataError && error.reason === 'notFound') return null;
    throw error;
  }
}
