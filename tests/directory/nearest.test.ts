import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/directory/geo.ts';
import { findNearest, indexPractices } from '../../src/directory/nearest.ts';
import type { Practice } from '../../src/directory/practices.ts';

function practice(code: string, lat: number, lon: number, member = false): Practice {
  return {
    code,
    name: code,
    address: [],
    postcode: 'E5 8BY',
    phone: null,
    position: { lat, lon },
    nation: 'E',
    member: member ? { source: 'https://example.org', evidence: 'x', asOf: '2018' } : null,
    approximate: false,
    area: null,
  };
}

// Great Britain, roughly.
const point = fc.record({
  lat: fc.double({ min: 49.9, max: 58.7, noNaN: true }),
  lon: fc.double({ min: -7.5, max: 1.8, noNaN: true }),
});

describe('great-circle distance', () => {
  it('matches known distances', () => {
    // London (Charing Cross) to Paris (Notre-Dame) is about 343.5 km on the sphere.
    expect(distanceKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.853, lon: 2.3499 })).toBeCloseTo(343.9, 0);
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 51, lon: 0 }, { lat: 52, lon: 0 })).toBeCloseTo(111.19, 1);
  });

  it('is symmetric and zero for the same point', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
        expect(distanceKm(a, a)).toBe(0);
      }),
    );
  });
});

describe('finding the nearest practices', () => {
  it('returns exactly what sorting every practice by distance returns', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 0, maxLength: 60 }),
        point,
        fc.integer({ min: 1, max: 12 }),
        (points, here, count) => {
          const practices = points.map((p, i) => practice(`P${String(i).padStart(4, '0')}`, p.lat, p.lon, i % 3 === 0));
          const sorted = practices
            .map((p) => ({ code: p.code, km: distanceKm(here, p.position!) }))
            .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
            .slice(0, count);
          const found = findNearest(indexPractices(practices), here, count);
          expect(found).toHaveLength(sorted.length);
          // Same distances rank by rank; near-equal distances may round either way, so codes are checked by distance.
          found.forEach((r, i) => {
            expect(r.km).toBeCloseTo(sorted[i]!.km, 6);
            expect(distanceKm(here, r.practice.position!)).toBeCloseTo(r.km, 6);
          });
          expect(new Set(found.map((r) => r.practice.code)).size).toBe(found.length);
        },
      ),
    );
  });

  it('keeps only the practices the filter accepts', () => {
    const practices = [practice('A', 51.55, -0.05), practice('B', 51.56, -0.05, true), practice('C', 52, -0.05, true)];
    const found = findNearest(indexPractices(practices), { lat: 51.55, lon: -0.05 }, 5, (p) => p.member !== null);
    expect(found.map((r) => r.practice.code)).toEqual(['B', 'C']);
  });

  it('breaks ties by code, so the same search always lists the same order', () => {
    const practices = [practice('A2', 51.5, 0), practice('A1', 51.5, 0), practice('A3', 51.5, 0)];
    const index = indexPractices([...practices].sort((a, b) => a.code.localeCompare(b.code)));
    expect(findNearest(index, { lat: 51.6, lon: 0 }, 2).map((r) => r.practice.code)).toEqual(['A1', 'A2']);
  });

  it('finds nothing in an empty directory', () => {
    expect(findNearest(indexPractices([]), { lat: 51.5, lon: 0 }, 10)).toEqual([]);
  });
});
