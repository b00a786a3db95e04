import type { Point } from './geo.ts';

/** Why the phone's position could not be had. */
export type LocationFailure = 'locationDenied' | 'locationUnavailable' | 'locationUnsupported';

/**
 * Asks the phone where it is, once, only when the person taps "Use my location". A rough fix is
 * enough to find nearby practices and spares the battery. Never rejects: failures come back as a reason.
 */
export function currentPosition(geolocation = globalThis.navigator?.geolocation): Promise<Point | { failure: LocationFailure }> {
  if (!geolocation) return Promise.resolve({ failure: 'locationUnsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude }),
      (error) => resolve({ failure: error.code === error.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  });
}
