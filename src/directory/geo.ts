/** A position in WGS84 degrees. */
export interface Point {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres in a statute mile. */
export const KM_PER_MILE = 1.609344;

const RAD = Math.PI / 180;

/** The haversine term of two points: grows with distance, so it ranks without the costly asin. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  return s * s + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * t * t;
}

/** Converts a haversine term to a great-circle distance in kilometres. */
export function haversineToKm(h: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance between two points, in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  return haversineToKm(haversine(a.lat, a.lon, b.lat, b.lon));
}
