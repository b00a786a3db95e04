import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/directory.ts';
import { outcomeFor, problemOutcome, restoredOutcome } from '../../src/directory/find-outcome.ts';
import { indexNorthernIreland } from '../../src/directory/northern-ireland.ts';
import type { Place } from '../../src/directory/places.ts';
import type { Practice } from '../../src/directory/practices.ts';

const ni = (code: string, postcode: string): Practice => ({
  code,
  name: code,
  address: [],
  postcode,
  phone: null,
  position: null,
  nation: 'N',
  member: null,
  approximate: false,
  area: 'Belfast',
});
// Only Northern Ireland's index is read by the outcome model: a stand-in with just that is enough.
const directory = {
  northernIreland: indexNorthernIreland([ni('Z00001', 'BT4 1NS'), ni('Z00002', 'BT7 1NN')]),
} as unknown as Directory;
const found = (nation: 'E' | 'W' | 'S'): Place => ({
  kind: 'found',
  point: { lat: 51.5, lon: -0.05 },
  nation,
  precision: 'sector',
  label: 'E5 8',
});

describe('what Find shows for a search', () => {
  it('lists practices for a place in England or Wales', () => {
    for (const nation of ['E', 'W'] as const) {
      expect(outcomeFor(found(nation), directory)).toEqual({ kind: 'results', place: found(nation), directory });
    }
  });

  it('lists practices for a place in Scotland too, by distance like England and Wales', () => {
    expect(outcomeFor(found('S'), directory)).toEqual({ kind: 'results', place: found('S'), directory });
  });

  it('lists the district’s practices for a Northern Ireland postcode', () => {
    const outcome = outcomeFor({ kind: 'district', label: 'BT7 1NN', districts: ['BT7'] }, directory);
    expect(outcome).toMatchObject({ kind: 'district', label: 'BT7 1NN', results: { district: 'BT7' } });
    if (outcome.kind !== 'district') throw new Error('not a district outcome');
    expect(outcome.results.inDistrict.map((p) => p.code)).toEqual(['Z00002']);
  });

  it('says by the field what is wrong with what was typed, with the postcode it could not find', () => {
    expect(problemOutcome({ kind: 'empty' })).toEqual({ kind: 'fieldError', error: 'empty', label: '' });
    expect(problemOutcome({ kind: 'invalid' })).toEqual({ kind: 'fieldError', error: 'invalid', label: '' });
    expect(outcomeFor({ kind: 'unknown', label: 'ZZ9 9ZZ' }, directory)).toEqual({
      kind: 'fieldError',
      error: 'unknown',
      label: 'ZZ9 9ZZ',
    });
  });

  it('gives advice for a position in Northern Ireland (asking for a postcode), the Crown Dependencies and places outside the UK', () => {
    for (const kind of ['northernIreland', 'crownDependency', 'outside'] as const) {
      expect(outcomeFor({ kind }, directory)).toEqual({ kind: 'notice', notice: kind });
    }
  });

  it('shows the last search again on arrival (Back) only when it and the directory are in memory', () => {
    expect(restoredOutcome(found('E'), directory)).toMatchObject({ kind: 'results' });
    expect(restoredOutcome(found('E'), null)).toEqual({ kind: 'idle' });
    expect(restoredOutcome(null, directory)).toEqual({ kind: 'idle' });
  });
});
