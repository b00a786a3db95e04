/** Turns Code-Point sums into the contract's AreaFile: centroids in WGS84, scaled to integers, delta-coded. */
import { DATA_FORMAT, type AreaFile, type GreatBritainNation as Nation } from '../../directory/data-format.ts';
import { NATIONS, type AreaSum } from './codepoint.ts';
import { gridToWgs84, type LatLon } from './projection.ts';

/** Degrees × 10,000 (about 11 m): enough for "which practices are near this postcode sector". */
export const AREA_SCALE = 10_000;

/** Degrees × 100,000 (about 1 m): a practice's pin. */
export const PRACTICE_SCALE = 100_000;

/** Compares strings by code point (as the contract sorts keys), not by locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each value minus the one before it; the first stays absolute. */
export function deltaEncode(values: readonly number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]!));
}

/** Degrees as an integer at a scale; never -0, so the JSON reads the same either way. */
export function scaled(degrees: number, scale: number): number {
  return Math.round(degrees * scale) || 0;
}

/** The WGS84 position of an area's centroid: the mean of its postcodes' grid positions, converted. */
export function centroid(sum: AreaSum): LatLon {
  return gridToWgs84(sum.easting / sum.count, sum.northing / sum.count);
}

/** The nation most of an area's postcodes are in; ties go to the first in NATIONS order (England, Wales, Scotland). */
export function majorityNation(sum: AreaSum): Nation {
  let best = 0;
  for (let i = 1; i < NATIONS.length; i++) if (sum.nations[i]! > sum.nations[best]!) best = i;
  return NATIONS[best]!;
}

/** The AreaFile for a set of areas, keys sorted by code point. */
export function areaFile(kind: AreaFile['kind'], edition: string, areas: ReadonlyMap<string, AreaSum>): AreaFile {
  const keys = [...areas.keys()].sort(byCodePoint);
  const lat: number[] = [];
  const lon: number[] = [];
  let nation = '';
  for (const key of keys) {
    const sum = areas.get(key)!;
    const position = centroid(sum);
    lat.push(scaled(position.lat, AREA_SCALE));
    lon.push(scaled(position.lon, AREA_SCALE));
    nation += majorityNation(sum);
  }
  return { format: DATA_FORMAT, kind, edition, scale: AREA_SCALE, keys, lat: deltaEncode(lat), lon: deltaEncode(lon), nation };
}
