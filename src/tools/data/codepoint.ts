/** Reads OS Code-Point Open straight from its zip: unit positions, and sums for sector and district centroids. */
import { unzipSync } from 'fflate';
import { parse } from 'postcode';
import type { GreatBritainNation as Nation } from '../../directory/data-format.ts';
import { csvRecords } from './csv.ts';
import type { Report } from './report.ts';

/** Country codes (ONS GSS) of the nations Code-Point Open covers. */
export const COUNTRY_CODES: Readonly<Record<string, Nation>> = { E92000001: 'E', W92000004: 'W', S92000003: 'S' };

/** Nations in the order used to break ties between equal counts. */
export const NATIONS: readonly Nation[] = ['E', 'W', 'S'];

/** A postcode unit's grid position and nation. */
export interface Unit {
  easting: number;
  northing: number;
  nation: Nation;
}

/** Running sums of an area's unit postcodes: the centroid is the mean position, the nation the most common. */
export interface AreaSum {
  easting: number;
  northing: number;
  count: number;
  /** Postcodes per nation, in NATIONS order. */
  nations: [number, number, number];
}

/** What the pipeline keeps from Code-Point Open. */
export interface CodePoint {
  /** DATASET VERSION NUMBER from Doc/metadata.txt, e.g. "2025.4.0". */
  edition: string;
  /** Year of the COPYRIGHT DATE in Doc/metadata.txt, for the attribution lines. */
  copyrightYear: string;
  areaFiles: number;
  rows: number;
  /** Positions of the postcodes the caller asked to keep (normalised, e.g. "E5 8BY"). */
  units: Map<string, Unit>;
  /** Keyed "E5 8". */
  sectors: Map<string, AreaSum>;
  /** Keyed by outcode, "E5". */
  districts: Map<string, AreaSum>;
}

/** Called after each area file. */
export type CodePointProgress = (done: number, total: number, postcodes: number) => void;

const COLUMNS = {
  postcode: ['Postcode', 'PC'],
  quality: ['Positional_quality_indicator', 'PQ'],
  easting: ['Eastings', 'EA'],
  northing: ['Northings', 'NO'],
  country: ['Country_code', 'CY'],
} as const;
type Column = keyof typeof COLUMNS;

const decoder = new TextDecoder('utf-8');

function entry(zip: Uint8Array, name: string): Uint8Array | undefined {
  return unzipSync(zip, { filter: (file) => file.name === name })[name];
}

/** Column indices from Doc/Code-Point_Open_Column_Headers.csv (short codes or long names), or the documented order. */
export function codePointColumns(headers: string | undefined): Record<Column, number> {
  const defaults: Record<Column, number> = { postcode: 0, quality: 1, easting: 2, northing: 3, country: 4 };
  if (headers === undefined) return defaults;
  const rows = [...csvRecords(headers)].map((r) => r.fields.map((f) => f.trim().toLowerCase()));
  const found = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const names = COLUMNS[column].map((n) => n.toLowerCase());
    const index = rows.map((row) => row.findIndex((f) => names.includes(f))).find((i) => i >= 0);
    if (index === undefined) throw new Error(`Code-Point column headers name no ${COLUMNS[column][0]} column`);
    found[column] = index;
  }
  return found;
}

// Number('') is 0, which would put an empty field at the grid's origin.
function metres(field: string): number {
  return /^\s*\d+(?:\.\d+)?\s*$/.test(field) ? Number(field) : Number.NaN;
}

function addTo(areas: Map<string, AreaSum>, key: string, easting: number, northing: number, nation: number): void {
  let sum = areas.get(key);
  if (!sum) areas.set(key, (sum = { easting: 0, northing: 0, count: 0, nations: [0, 0, 0] }));
  sum.easting += easting;
  sum.northing += northing;
  sum.count++;
  sum.nations[nation]!++;
}

/**
 * Reads a Code-Point Open zip one area file at a time. Rows without a usable position (quality 90
 * or 0/0), with an invalid postcode or an unknown country code are rejected into the report.
 */
export function readCodePoint(
  zip: Uint8Array,
  options: { file: string; keep: ReadonlySet<string>; report: Report; progress?: CodePointProgress },
): CodePoint {
  const names: string[] = [];
  unzipSync(zip, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  const areaNames = names.filter((n) => /^Data\/CSV\/[^/]+\.csv$/i.test(n)).sort();
  if (areaNames.length === 0) throw new Error(`${options.file} is not Code-Point Open: it has no Data/CSV/*.csv area files`);
  const metadataName = names.find((n) => /^Doc\/metadata\.txt$/i.test(n));
  if (!metadataName) throw new Error(`${options.file} has no Doc/metadata.txt to give its edition`);
  const metadata = decoder.decode(entry(zip, metadataName));
  const edition = /DATASET VERSION NUMBER:\s*(\S+)/.exec(metadata)?.[1];
  const copyrightYear = /COPYRIGHT DATE:\s*(\d{4})/.exec(metadata)?.[1];
  if (!edition || !copyrightYear)
    throw new Error(`${options.file}: Doc/metadata.txt has no DATASET VERSION NUMBER or COPYRIGHT DATE`);
  const headersName = names.find((n) => /^Doc\/Code-Point_Open_Column_Headers\.csv$/i.test(n));
  const columns = codePointColumns(headersName ? decoder.decode(entry(zip, headersName)) : undefined);
  const width = Math.max(...Object.values(columns)) + 1;

  const { report, keep } = options;
  const units = new Map<string, Unit>();
  const sectors = new Map<string, AreaSum>();
  const districts = new Map<string, AreaSum>();
  let rows = 0;
  let postcodes = 0;
  areaNames.forEach((name, fileIndex) => {
    const text = decoder.decode(entry(zip, name));
    for (const { fields, line } of csvRecords(text)) {
      rows++;
      const where = `${name}:${line}`;
      if (fields.length < width) {
        report.reject('codepoint', 'too few columns', where, `${fields.length} columns, expected at least ${width}`);
        continue;
      }
      const raw = fields[columns.postcode]!;
      const postcode = parse(raw);
      if (!postcode.valid) {
        report.reject('codepoint', 'not a UK postcode', where, `postcode "${raw}" is not a UK postcode`);
        continue;
      }
      const quality = fields[columns.quality]!.trim();
      const easting = metres(fields[columns.easting]!);
      const northing = metres(fields[columns.northing]!);
      if (quality === '90' || (easting === 0 && northing === 0)) {
        report.reject(
          'codepoint',
          'no usable position',
          where,
          `postcode "${postcode.postcode}" has no usable position (quality ${quality}, ${easting}/${northing})`,
        );
        continue;
      }
      // The grid's false origin puts all of Great Britain within 0–700 km east and 0–1,300 km north.
      if (
        !Number.isFinite(easting) ||
        !Number.isFinite(northing) ||
        easting < 0 ||
        easting > 700_000 ||
        northing < 0 ||
        northing > 1_300_000
      ) {
        report.reject(
          'codepoint',
          'position off the grid',
          where,
          `postcode "${postcode.postcode}" has position ${fields[columns.easting]}/${fields[columns.northing]}, outside Great Britain`,
        );
        continue;
      }
      const country = fields[columns.country]!.trim();
      const nation = COUNTRY_CODES[country];
      if (!nation) {
        report.reject(
          'codepoint',
          'unknown country code',
          where,
          `postcode "${postcode.postcode}" has country code "${country}", not England, Wales or Scotland`,
        );
        continue;
      }
      const nationIndex = NATIONS.indexOf(nation);
      addTo(sectors, postcode.sector, easting, northing, nationIndex);
      addTo(districts, postcode.outcode, easting, northing, nationIndex);
      if (keep.has(postcode.postcode)) units.set(postcode.postcode, { easting, northing, nation });
      postcodes++;
    }
    options.progress?.(fileIndex + 1, areaNames.length, postcodes);
  });
  return { edition, copyrightYear, areaFiles: areaNames.length, rows, units, sectors, districts };
}
