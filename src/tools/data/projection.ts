/** British National Grid (OSGB36) ↔ WGS84 with proj4, and distances for checking the results. */
import proj4 from 'proj4';

// The OSGB36 → WGS84 seven-parameter Helmert transformation: good to about 5 m across Great Britain,
// plenty for centroids and practice pins (OSTN15 is better to 0.1 m but needs a grid file we do not ship).
const OSGB36_HELMERT = '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489';

/** EPSG:27700, British National Grid: eastings and northings in metres on the Airy 1830 ellipsoid. */
export const BRITISH_NATIONAL_GRID = `+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ${OSGB36_HELMERT} +units=m +no_defs`;

/** EPSG:4277, OSGB36 latitude and longitude (same datum as the grid, so no shift is applied between them). */
export const OSGB36_GEOGRAPHIC = `+proj=longlat +ellps=airy ${OSGB36_HELMERT} +no_defs`;

const toWgs84 = proj4(BRITISH_NATIONAL_GRID, 'WGS84');
const toOsgb36 = proj4(BRITISH_NATIONAL_GRID, OSGB36_GEOGRAPHIC);

/** A position in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** WGS84 latitude and longitude of a grid position (eastings, northings in metres). */
export function gridToWgs84(easting: number, northing: number): LatLon {
  const [lon, lat] = toWgs84.forward([easting, northing]) as [number, number];
  return { lat, lon };
}

/** Grid position (eastings, northings in metres) of a WGS84 latitude and longitude. */
export function wgs84ToGrid(lat: number, lon: number): { easting: number; northing: number } {
  const [easting, northing] = toWgs84.inverse([lon, lat]) as [number, number];
  return { easting, northing };
}

/** OSGB36 latitude and longitude of a grid position: the projection alone, without the datum shift. */
export function gridToOsgb36(easting: number, northing: number): LatLon {
  const [lon, lat] = toOsgb36.forward([easting, northing]) as [number, number];
  return { lat, lon };
}

/** Great-circle distance in metres between two positions (haversine on a 6,371,008.8 m sphere). */
export function haversineMetres(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
