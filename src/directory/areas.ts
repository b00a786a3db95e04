import type { AreaFile, GreatBritainNation as Nation } from './data-format.ts';
import type { Point } from './geo.ts';

/** The middle of a postcode sector or district, and the nation most of it is in. */
export interface Centroid extends Point {
  nation: Nation;
}

/** Centroids by key ("E5 8" or "E5"). */
export type AreaIndex = ReadonlyMap<string, Centroid>;

/** Reads a sectors or districts file (delta-coded coordinates) into a lookup table. */
export function decodeAreas(file: AreaFile): AreaIndex {
  const areas = new Map<string, Centroid>();
  let lat = 0;
  let lon = 0;
  file.keys.forEach((key, i) => {
    lat += file.lat[i] ?? 0;
    lon += file.lon[i] ?? 0;
    areas.set(key, { lat: lat / file.scale, lon: lon / file.scale, nation: (file.nation[i] ?? 'E') as Nation });
  });
  return areas;
}
