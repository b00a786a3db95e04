import { describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/directory.ts';
import { outcomeFor, problemOutcome, restoredOutcome } from '../../src/directory/find-outcome.ts';
import type { Place } from '../../src/directory/places.ts';

// The outcome model never looks inside the directory: a stand-in is enough.
const directory = { edition: '2025-09-01' } as unknown as Directory;
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

  it("gives Scotland its own advice, never England's practices", () => {
    expect(outcomeFor(found('S'), directory)).toEqual({ kind: 'notice', notice: 'scotland' });
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

  it('gives advice for Northern Ireland, the Crown Dependencies and places outside the UK', () => {
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
