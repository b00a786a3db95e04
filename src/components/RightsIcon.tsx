import type { RightsIcon as IconName } from '../content/rights.ts';

// Simple shapes, readable at a glance by people who read little (24×24, filled).
const PATHS: Record<IconName, string> = {
  door: 'M5 2h14v20H5V2Zm2 2v16h10V4H7Zm7 7h2v2h-2v-2Z',
  papers: 'M6 2h9l5 5v15H6V2Zm2 2v16h10V8h-4V4H8Zm2 7h6v2h-6v-2Zm0 4h6v2h-6v-2ZM2 20 22 4l1.2 1.5-20 16L2 20Z',
  home: 'M12 3 2 11h3v10h5v-6h4v6h5V11h3L12 3Z',
  clock: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v6l5 3 1-1.7-4-2.3V7h-2Z',
  speech: 'M3 3h12v9H8l-4 4v-4H3V3Zm13 5h5v9h-1v4l-4-4h-6v-3h6V8Z',
  heart: 'M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11Z',
  hospital: 'M4 3h16v18H4V3Zm6 4v3H7v4h3v3h4v-3h3v-4h-3V7h-4Z',
  lock: 'M7 10V7a5 5 0 0 1 10 0v3h2v12H5V10h2Zm2 0h6V7a3 3 0 0 0-6 0v3Zm2 4v4h2v-4h-2Z',
  help: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 15h2v2h-2v-2Zm1-12a4 4 0 0 1 2 7.5c-.8.5-1 .9-1 1.5v1h-2v-1c0-1.4.7-2.3 1.8-3A2 2 0 1 0 10 9H8a4 4 0 0 1 4-4Z',
  map: 'M3 5l6-2 6 2 6-2v16l-6 2-6-2-6 2V5Zm6 0v13l6 2V7L9 5Z',
  // A stethoscope: tubes from the ear pieces to a round chest piece.
  doctor:
    'M5 2h3v2H7v5a4 4 0 0 0 8 0V4h-1V2h3v7a6 6 0 0 1-5 5.9V17a3 3 0 0 0 6 0v-1.2a2.5 2.5 0 1 1 2 0V17a5 5 0 0 1-10 0v-2.1A6 6 0 0 1 5 9V2Z',
  // An adult's hand holding a child's: two figures, the second smaller.
  child:
    'M8 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm9 6a2 2 0 1 1 0 4 2 2 0 0 1 0-4ZM5 8h6v7H9.5v7h-3v-7H5V8Zm9.5 5h5v5h-1v4h-3v-4h-1v-5Z',
  pill: 'M15.5 2.5a6 6 0 0 1 6 6c0 1.6-.6 3.1-1.8 4.2l-7 7a6 6 0 0 1-8.5-8.5l7-7a6 6 0 0 1 4.3-1.7ZM8.6 9.9l-3 3a4 4 0 0 0 5.6 5.6l3-3-5.6-5.6Z',
  phone:
    'M6.6 2 10 5.4 8 8.2c1.2 2.6 3.2 4.6 5.8 5.8l2.8-2L20 15.4 18 19.6c-.5.9-1.5 1.4-2.5 1.3C8.6 20.2 3.8 15.4 3.1 8.5 3 7.5 3.5 6.5 4.4 6L6.6 2Z',
};

/** A section's picture, beside its heading (decorative: the heading says the same). */
export function RightsIcon({ name }: { name: IconName }) {
  return (
    <svg class="section-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
