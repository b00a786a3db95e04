import { haversineToKm, type Point } from './geo.ts';
import type { Practice } from './practices.ts';

/** A practice found near a point. */
export interface NearbyPractice {
  practice: Practice;
  km: number;
}

/**
 * Practices prepared for fast nearest searches: positions in radians with their cosines. Practices without a
 * position (Northern Ireland's) are found by code, never by distance.
 */
export interface PracticeIndex {
  /** The practices that have a position, in the order of the arrays below. */
  practices: readonly Practice[];
  /** Every practice, positioned or not. */
  byCode: ReadonlyMap<string, Practice>;
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
}

const RAD = Math.PI / 180;

/** Builds the search index once, when the practices are loaded. */
export function indexPractices(all: readonly Practice[]): PracticeIndex {
  const practices = all.filter((p): p is Practice & { position: Point } => p.position !== null);
  const lat = new Float64Array(practices.length);
  const lon = new Float64Array(practices.length);
  const cosLat = new Float64Array(practices.length);
  practices.forEach((p, i) => {
    lat[i] = p.position.lat * RAD;
    lon[i] = p.position.lon * RAD;
    cosLat[i] = Math.cos(p.position.lat * RAD);
  });
  return { practices, byCode: new Map(all.map((p) => [p.code, p])), lat, lon, cosLat };
}

/**
 * The `count` practices nearest to a point by great-circle distance, nearest first (ties by code),
 * optionally only those `accept` lets through. One pass over every practice, keeping the best few.
 */
export function findNearest(
  index: PracticeIndex,
  point: Point,
  count: number,
  accept?: (practice: Practice) => boolean,
): NearbyPractice[] {
  const pLat = point.lat * RAD;
  const pLon = point.lon * RAD;
  const cosP = Math.cos(pLat);
  const best: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < index.practices.length; i++) {
    const s = Math.sin((index.lat[i]! - pLat) / 2);
    const t = Math.sin((index.lon[i]! - pLon) / 2);
    const h = s * s + cosP * index.cosLat[i]! * t * t;
    if (best.length === count && h >= scores[count - 1]!) continue;
    if (accept && !accept(index.practices[i]!)) continue;
    // Insertion into a short sorted list beats sorting thousands of distances.
    let at = best.length;
    while (at > 0 && scores[at - 1]! > h) at--;
    best.splice(at, 0, i);
    scores.splice(at, 0, h);
    if (best.length > count) {
      best.pop();
      scores.pop();
    }
  }
  return best.map((i, rank) => ({ practice: index.practices[i]!, km: haversineToKm(scores[rank]!) }));
}
