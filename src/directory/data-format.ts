/**
 * The shape of the files in public/data/, shared by the pipeline (src/tools/data) that writes them
 * and the app (src/directory) that reads them. Bump DATA_FORMAT when a shape changes.
 */
export const DATA_FORMAT = 2;

/** The four nations of the UK, by initial (England, Wales, Scotland, Northern Ireland): the rules differ. */
export type Nation = 'E' | 'W' | 'S' | 'N';

/** England, Wales, Scotland: the nations Code-Point Open covers (Northern Ireland is not in it). */
export type GreatBritainNation = Exclude<Nation, 'N'>;

/**
 * An ODS organisation code as the app accepts it in a URL or a data file: 3 to 10 capital letters and
 * digits. (England's and Wales's GP practices are one letter and five digits: GP_PRACTICE_CODE.)
 */
export const ODS_CODE = /^[A-Z0-9]{3,10}$/;

/** A GP practice code in England and Wales (epraccur, the members list): a letter and five digits. */
export const GP_PRACTICE_CODE = /^[A-Z]\d{5}$/;

/**
 * sectors.json ("E5 8") and districts.json ("E5"): one centroid per key.
 * Coordinates are WGS84 degrees × scale, rounded to integers, then delta-coded in key order
 * (lat[i] holds the difference from the previous key's value; lat[0] is absolute). Keys are
 * upper case, outcode and sector digit separated by one space, sorted by code point.
 */
export interface AreaFile {
  format: typeof DATA_FORMAT;
  kind: 'sector' | 'district';
  /** Code-Point Open edition the centroids come from, e.g. "2025.4.0". */
  edition: string;
  scale: number;
  keys: string[];
  lat: number[];
  lon: number[];
  /** One Nation letter per key: the nation most of the area's postcodes are in. */
  nation: string;
}

/**
 * One practice row; the index of each field is fixed (see PRACTICE_FIELDS). Northern Ireland's practices
 * have no position (lat and lon are null: BT postcodes are not in Code-Point Open) and name their area,
 * the Local Commissioning Group; elsewhere area is "".
 */
export type PracticeRow = [
  code: string,
  name: string,
  address: string[],
  postcode: string,
  phone: string | null,
  lat: number | null,
  lon: number | null,
  nation: Nation,
  member: number,
  approximate: 0 | 1,
  area: string,
];

/** Field names of PracticeRow, in order, written into each file so it explains itself. */
export const PRACTICE_FIELDS = [
  'code',
  'name',
  'address',
  'postcode',
  'phone',
  'lat',
  'lon',
  'nation',
  'member',
  'approximate',
  'area',
] as const;

/** Where the app learned that a practice is a Safe Surgery. */
export interface MembershipSource {
  /** Public URL of the source. */
  source: string;
  /** The quotation or description that shows membership. */
  evidence: string;
  /** When the source said so (a year or a date, as the members list gives it). */
  asOf: string;
}

/** The edition (YYYY-MM-DD) of the list each nation's practices come from: ODS for England and Wales, PHS, the BSO. */
export type PracticeEditions = Record<Nation, string>;

/**
 * practices.json (every active GP practice in the UK, sorted by code) and
 * practice/{CODE}.json (one practice, same shape, one row). Coordinates are absolute
 * integers (degrees × scale). member is an index into members, or -1 for a non-member.
 * approximate is 1 when the practice's own postcode was not in Code-Point Open and its
 * position is a sector (or district) centroid instead.
 */
export interface PracticeFile {
  format: typeof DATA_FORMAT;
  /** Edition of each nation's list, e.g. { E: "2025-09-01", W: "2025-09-01", S: "2022-10-01", N: "2026-01-01" }. */
  editions: PracticeEditions;
  scale: number;
  fields: typeof PRACTICE_FIELDS;
  members: MembershipSource[];
  practices: PracticeRow[];
}

/** One source dataset as described in manifest.json. */
export interface SourceInfo {
  id: 'codepoint' | 'epraccur' | 'members' | 'scotland' | 'northernIreland';
  title: string;
  publisher: string;
  edition: string;
  licence: string;
  file: string;
  rows: number;
  /** Rows that failed validation (each was reported when the pipeline ran). */
  rejected: number;
}

/** One written file as described in manifest.json. */
export interface FileInfo {
  path: string;
  rows: number;
  bytes: number;
  /** First 16 hex digits of the file's SHA-256: the app adds it to the URL to bust caches. */
  hash: string;
}

/** manifest.json: what the data is, where it came from and how to credit it. */
export interface DataManifest {
  format: typeof DATA_FORMAT;
  /** Date the files were built (YYYY-MM-DD); fixed with --date for reproducible builds. */
  built: string;
  sources: SourceInfo[];
  files: {
    sectors: FileInfo;
    districts: FileInfo;
    practices: FileInfo;
    /** practice/{CODE}.json: rows is the number of files, bytes their total, hash covers all of them. */
    practiceRecords: FileInfo;
  };
  /** Practices positioned by a centroid because their postcode was missing from Code-Point Open. */
  approximate: string[];
  /** Lines the app must show, as ../shared/data/README.md words them. */
  attribution: string[];
}
