const PATHS = {
  globe:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2c1.5 1.6 2.5 4 2.8 7H9.2c.3-3 1.3-5.4 2.8-7ZM4.1 11a8 8 0 0 1 5-6.3A14 14 0 0 0 7.2 11H4.1Zm0 2h3.1c.2 2.4.9 4.5 1.9 6.3a8 8 0 0 1-5-6.3Zm5.1 0h5.6c-.3 3-1.3 5.4-2.8 7-1.5-1.6-2.5-4-2.8-7Zm7.6 0h3.1a8 8 0 0 1-5 6.3c1-1.8 1.7-3.9 1.9-6.3Zm3.1-2h-3.1a14 14 0 0 0-1.9-6.3 8 8 0 0 1 5 6.3Z',
  book: 'M6 2h12a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm0 2v16h12V4H6Zm2 3h8v2H8V7Zm0 4h8v2H8v-2Z',
  pin: 'M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7Zm0 4.5A2.5 2.5 0 1 0 12 11.5 2.5 2.5 0 0 0 12 6.5Z',
  card: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 2v10h16V7H4Zm2 2h8v2H6V9Zm0 4h5v2H6v-2Z',
} as const;

/** The names of the app's icons. */
export type IconName = keyof typeof PATHS;

/** A decorative icon beside a text label (hidden from screen readers, which read the label). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
