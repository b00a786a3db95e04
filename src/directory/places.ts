import type { AreaIndex } from './areas.ts';
import type { GreatBritainNation as Nation } from './data-format.ts';
import { haversine, haversineToKm, type Point } from './geo.ts';
import type { PostcodeQuery } from './postcode-query.ts';

/** Where a search starts from, or why it cannot start. */
export type Place =
  | { kind: 'found'; point: Point; nation: Nation; precision: 'sector' | 'district' | 'device'; label: string }
  /** Looks like a postcode, but no such sector or district exists in Great Britain. */
  | { kind: 'unknown'; label: string }
  /** A Northern Ireland postcode: its practices are found by district (see northern-ireland.ts). */
  | { kind: 'district'; label: string; districts: string[] }
  /** A device position in Northern Ireland: without coordinates there, a postcode is needed. */
  | { kind: 'northernIreland' }
  | { kind: 'crownDependency' }
  /** A device position far from any postcode in Great Britain. */
  | { kind: 'outside' }
  | { kind: 'invalid' }
  | { kind: 'empty' };

/** The postcode tables a search needs. */
export interface Areas {
  sectors: AreaIndex;
  districts: AreaIndex;
}

/** Turns a typed postcode into a starting point: its sector's centre, else its district's. */
export function placeFromQuery(query: PostcodeQuery, areas: Areas): Place {
  if (query.kind === 'northernIreland') return { kind: 'district', label: query.label, districts: query.districts };
  if (query.kind !== 'postcode') return query;
  for (const { level, key } of query.keys) {
    const centroid = (level === 'sector' ? areas.sectors : areas.districts).get(key);
    if (centroid) {
      const { nation, lat, lon } = centroid;
      return { kind: 'found', point: { lat, lon }, nation, precision: level, label: query.label };
    }
  }
  return { kind: 'unknown', label: query.label };
}

// Every part of Northern Ireland is at least ~30 km from the nearest sector centre in Great Britain,
// while every part of Great Britain is well within 20 km of one.
const NEAR_GB_KM = 20;
const NORTHERN_IRELAND = { south: 53.9, north: 55.4, west: -8.25, east: -5.3 };

/** Places a device position: the nation of the nearest postcode sector, or Northern Ireland, or outside. */
export function placeFromPosition(point: Point, sectors: AreaIndex): Place {
  let best = Infinity;
  let nation: Nation = 'E';
  for (const centroid of sectors.values()) {
    const h = haversine(point.lat, point.lon, centroid.lat, centroid.lon);
    if (h < best) {
      best = h;
      nation = centroid.nation;
    }
  }
  if (haversineToKm(best) <= NEAR_GB_KM) return { kind: 'found', point, nation, precision: 'device', label: '' };
  const ni = NORTHERN_IRELAND;
  const inNorthernIreland = point.lat >= ni.south && point.lat <= ni.north && point.lon >= ni.west && point.lon <= ni.east;
  return inNorthernIreland ? { kind: 'northernIreland' } : { kind: 'outside' };
}
