import { describe, expect, it } from 'vitest';
import { gridToOsgb36, gridToWgs84, haversineMetres, wgs84ToGrid } from '../../src/tools/data/projection.ts';

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe('the haversine helper', () => {
  it('measures one minute of latitude as about one nautical mile (1,852 m)', () => {
    expect(haversineMetres({ lat: 51, lon: 0 }, { lat: 51 + 1 / 60, lon: 0 })).toBeCloseTo(1853, 0);
  });

  it('measures no distance between a point and itself', () => {
    expect(haversineMetres({ lat: 52.5, lon: -1.5 }, { lat: 52.5, lon: -1.5 })).toBe(0);
  });
});

describe('British National Grid to WGS84', () => {
  // OS worked example: TR 14300 59900 is ETRS89 51.297880 N, 1.072628 E; ETRS89 and WGS84 agree within a metre.
  const tr = { lat: 51.29788, lon: 1.072628 };

  it('puts the OS worked example TR 14300 59900 within 5 m of its ETRS89 position', () => {
    expect(haversineMetres(gridToWgs84(614300, 159900), tr)).toBeLessThan(5);
  });

  it('puts the ETRS89 position back within 5 m of TR 14300 59900', () => {
    const { easting, northing } = wgs84ToGrid(tr.lat, tr.lon);
    expect(Math.hypot(easting - 614300, northing - 159900)).toBeLessThan(5);
  });

  it('projects the OS guide’s Airy example without the datum shift to within 1 m', () => {
    // A guide to coordinate systems in Great Britain: OSGB36 52°39′27.2531″N, 1°43′4.5177″E is E 651409.903, N 313177.270.
    const expected = { lat: dms(52, 39, 27.2531), lon: dms(1, 43, 4.5177) };
    expect(haversineMetres(gridToOsgb36(651409.903, 313177.27), expected)).toBeLessThan(1);
  });

  it('shifts OSGB36 by about a hundred metres to reach WGS84, so the datum shift is applied', () => {
    const shift = haversineMetres(gridToOsgb36(614300, 159900), gridToWgs84(614300, 159900));
    expect(shift).toBeGreaterThan(50);
    expect(shift).toBeLessThan(150);
  });
});
