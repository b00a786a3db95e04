/**
 * What the Find screen shows under the search, as data: pure, so every case is unit-tested
 * (tests/find-outcome.test.ts). The flow that reaches it is src/hooks/use-find.ts; the view, Find.tsx.
 */
import type { Directory } from './directory.ts';
import { practicesInDistrict, type DistrictResults } from './northern-ireland.ts';
import type { Place } from './places.ts';
import type { LocationFailure } from './position.ts';

/** The string keys of each message, by the outcome that shows it. */
export const FIELD_ERRORS = {
  empty: 'find:errors.empty',
  invalid: 'find:errors.invalid',
  unknown: 'find:errors.unknown',
} as const;
export const PROBLEMS = {
  listOffline: 'find:errors.listOffline',
  listFailed: 'find:errors.listFailed',
  locationDenied: 'find:errors.locationDenied',
  locationUnavailable: 'find:errors.locationUnavailable',
  locationUnsupported: 'find:errors.locationUnsupported',
} as const;
export const BUSY = { loadingList: 'find:loadingList', locating: 'find:locating' } as const;

/** Places with advice of their own instead of results (src/components/FindNotice.tsx). */
export type NoticeKind = 'northernIreland' | 'crownDependency' | 'outside';

/** A place the directory can search from. */
export type FoundPlace = Extract<Place, { kind: 'found' }>;

/** What the screen shows under the search controls. */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; message: keyof typeof BUSY }
  | { kind: 'fieldError'; error: keyof typeof FIELD_ERRORS; label: string }
  | { kind: 'listError'; reason: 'listOffline' | 'listFailed'; retry: () => void }
  | { kind: 'locationError'; reason: LocationFailure }
  | { kind: 'notice'; notice: NoticeKind }
  | { kind: 'results'; place: FoundPlace; directory: Directory }
  /** A Northern Ireland postcode: the practices of its district, without distances. */
  | { kind: 'district'; label: string; results: DistrictResults; directory: Directory };

/** What to show for a place the directory cannot search from. */
export function problemOutcome(place: Exclude<Place, { kind: 'found' | 'district' }>): Outcome {
  switch (place.kind) {
    case 'unknown':
      return { kind: 'fieldError', error: 'unknown', label: place.label };
    case 'empty':
    case 'invalid':
      return { kind: 'fieldError', error: place.kind, label: '' };
    default:
      return { kind: 'notice', notice: place.kind };
  }
}

/** The outcome a place leads to, once the directory is loaded. */
export function outcomeFor(place: Place, directory: Directory): Outcome {
  // Great Britain is searched by distance (Scotland's and England's practices together near the border);
  // Northern Ireland by postcode district, having no positions.
  if (place.kind === 'found') return { kind: 'results', place, directory };
  if (place.kind === 'district') {
    const results = practicesInDistrict(directory.northernIreland, place.districts);
    return { kind: 'district', label: place.label, results, directory };
  }
  return problemOutcome(place);
}

/** What the screen shows on arrival: the last search's outcome again (Back), if it and the directory are in memory. */
export function restoredOutcome(place: Place | null, directory: Directory | null): Outcome {
  return place && directory ? outcomeFor(place, directory) : { kind: 'idle' };
}
