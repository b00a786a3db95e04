import { decodeAreas } from './areas.ts';
import { ODS_CODE, type AreaFile, type PracticeEditions, type PracticeFile } from './data-format.ts';
import { DATA_VERSIONS } from './data-versions.ts';
import { cachedData, DataError, fetchData, type DataFile } from './load.ts';
import { indexPractices, type PracticeIndex } from './nearest.ts';
import { indexNorthernIreland, type NorthernIrelandIndex } from './northern-ireland.ts';
import type { Areas } from './places.ts';
import { decodePractices, type Practice } from './practices.ts';
import { validateAreaFile, validatePracticeFile } from './validate.ts';

/** Everything a search needs, loaded whole so what is downloaded never depends on what was searched. */
export interface Directory extends Areas {
  practices: PracticeIndex;
  /** Northern Ireland's practices, found by postcode district (they have no position). */
  northernIreland: NorthernIrelandIndex;
  /** The edition of each nation's practice list, e.g. { S: "2022-10-01", … }. */
  editions: PracticeEditions;
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
let list: { byCode: ReadonlyMap<string, Practice>; editions: PracticeEditions } | null = null;

/** Loads the postcode tables and every practice (once; from the cache when offline). */
export function loadDirectory(): Promise<Directory> {
  pending ??= Promise.all([
    fetchData(DIRECTORY_FILES.sectors),
    fetchData(DIRECTORY_FILES.districts),
    fetchData(DIRECTORY_FILES.practices),
  ]).then(
    ([sectors, districts, practices]) => {
      const all = decodePractices(practices);
      ready = {
        sectors: decodeAreas(sectors),
        districts: decodeAreas(districts),
        practices: indexPractices(all),
        northernIreland: indexNorthernIreland(all),
        editions: practices.editions,
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

/** A practice and the edition of the list it comes from (its nation's). */
export interface PracticeRecord {
  practice: Practice;
  edition: string;
}

const recordOf = (practice: Practice | undefined, editions: PracticeEditions): PracticeRecord | null =>
  practice ? { practice, edition: editions[practice.nation] } : null;

/** The whole practice list if this phone already keeps it (nothing is fetched). */
async function cachedList(): Promise<typeof list> {
  if (list) return list;
  const file = await cachedData(DIRECTORY_FILES.practices).catch(() => null);
  if (!file) return null;
  list = { byCode: new Map(decodePractices(file).map((p) => [p.code, p])), editions: file.editions };
  return list;
}

/**
 * One practice by ODS code, or null when there is no such active practice. From the whole list when it
 * is loaded or kept on this phone, so that no request says which practice was opened after a search;
 * otherwise (a first visit from a poster) only that practice's small record is fetched.
 */
export async function loadPractice(code: string): Promise<PracticeRecord | null> {
  const known = ready ? { byCode: ready.practices.byCode, editions: ready.editions } : await cachedList();
  if (known) return recordOf(known.byCode.get(code), known.editions);
  if (!ODS_CODE.test(code)) return null;
  try {
    const file = await fetchData(recordFile(code));
    return recordOf(
      decodePractices(file).find((p) => p.code === code),
      file.editions,
    );
  } catch (error) {
    if (error instanceof DataError && error.reason === 'notFound') return null;
    throw error;
  }
}
