import { describe, expect, it } from 'vitest';
import type { Centroid } from '../../src/directory/areas.ts';
import { placeFromPosition, placeFromQuery } from '../../src/directory/places.ts';
import { parsePostcodeQuery } from '../../src/directory/postcode-query.ts';

const sectors = new Map<string, Centroid>([
  ['E5 8', { lat: 51.5573, lon: -0.0556, nation: 'E' }],
  ['EH1 1', { lat: 55.9521, lon: -3.1895, nation: 'S' }],
  ['CF10 1', { lat: 51.4816, lon: -3.1791, nation: 'W' }],
  ['PA28 6', { lat: 55.3277, lon: -5.6528, nation: 'S' }],
  ['DG9 8', { lat: 54.8421, lon: -5.1146, nation: 'S' }],
]);
const districts = new Map<string, Centroid>([
  ['E5', { lat: 51.5585, lon: -0.0523, nation: 'E' }],
  ['E58', { lat: 1, lon: 1, nation: 'E' }],
]);
const areas = { sectors, districts };
const place = (raw: string) => placeFromQuery(parsePostcodeQuery(raw), areas);

describe('where a postcode search starts', () => {
  it('uses the sector centre for a full postcode', () => {
    expect(place('e5 8by')).toEqual({
      kind: 'found',
      point: { lat: 51.5573, lon: -0.0556 },
      nation: 'E',
      precision: 'sector',
      label: 'E5 8BY',
    });
  });

  it('falls back to the district when the sector is unknown', () => {
    expect(place('E5 9ZZ')).toMatchObject({ kind: 'found', precision: 'district', point: { lat: 51.5585 } });
  });

  it('prefers whichever reading of an unspaced code exists ("E58" exists here as a district)', () => {
    expect(place('E58')).toMatchObject({ precision: 'district', point: { lat: 1 } });
    expect(placeFromQuery(parsePostcodeQuery('E58'), { sectors, districts: new Map() })).toMatchObject({
      precision: 'sector',
      label: 'E58',
    });
  });

  it('carries the nation of the area, so Scotland and Wales are told apart', () => {
    expect(place('EH1 1AA')).toMatchObject({ kind: 'found', nation: 'S' });
    expect(place('CF10 1AA')).toMatchObject({ kind: 'found', nation: 'W' });
  });

  it('says a well-formed postcode that exists nowhere is unknown', () => {
    expect(place('ZZ9 9ZZ')).toEqual({ kind: 'unknown', label: 'ZZ9 9ZZ' });
  });

  it('passes on invalid and empty without looking anything up', () => {
    expect(place('nonsense')).toEqual({ kind: 'invalid' });
    expect(place('')).toEqual({ kind: 'empty' });
  });

  it('turns a Northern Ireland postcode into the districts it may mean, best first', () => {
    expect(place('BT7 1NN')).toEqual({ kind: 'district', label: 'BT7 1NN', districts: ['BT7'] });
    expect(place('bt7')).toEqual({ kind: 'district', label: 'BT7', districts: ['BT7'] });
    // Without a space, BT71 is district BT71 or the sector BT7 1.
    expect(place('BT71')).toEqual({ kind: 'district', label: 'BT71', districts: ['BT71', 'BT7'] });
    expect(place('BT71 4AB')).toEqual({ kind: 'district', label: 'BT71 4AB', districts: ['BT71'] });
  });
});

describe('where a location search starts', () => {
  it('takes the nation of the nearest postcode sector', () => {
    expect(placeFromPosition({ lat: 51.556, lon: -0.06 }, sectors)).toMatchObject({
      kind: 'found',
      nation: 'E',
      precision: 'device',
    });
    expect(placeFromPosition({ lat: 55.95, lon: -3.2 }, sectors)).toMatchObject({ kind: 'found', nation: 'S' });
  });

  it('recognises Northern Ireland, which has no sectors in Code-Point Open', () => {
    // Belfast, and Ballycastle on the north coast facing Kintyre.
    expect(placeFromPosition({ lat: 54.597, lon: -5.93 }, sectors)).toEqual({ kind: 'northernIreland' });
    expect(placeFromPosition({ lat: 55.204, lon: -6.241 }, sectors)).toEqual({ kind: 'northernIreland' });
  });

  it('keeps the Mull of Kintyre in Scotland', () => {
    expect(placeFromPosition({ lat: 55.31, lon: -5.75 }, sectors)).toMatchObject({ kind: 'found', nation: 'S' });
  });

  it('says a position far from Great Britain is outside (Dublin, Paris)', () => {
    expect(placeFromPosition({ lat: 53.35, lon: -6.26 }, sectors)).toEqual({ kind: 'outside' });
    expect(placeFromPosition({ lat: 48.86, lon: 2.35 }, sectors)).toEqual({ kind: 'outside' });
  });
});
