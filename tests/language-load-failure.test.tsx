// @vitest-environment jsdom
import { render, screen } from '@testing-library/preact';
import { beforeAll, expect, it, vi } from 'vitest';
import { App } from '../src/app.tsx';
import { initI18n, setStringSource } from '../src/i18n/index.ts';
import { startHistory } from '../src/router/history.ts';

beforeAll(() => {
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  initI18n();
  startHistory();
});

it('says so, in the current language, when a language cannot be fetched (offline on a first visit)', async () => {
  // As when the Arabic chunk is neither cached nor reachable.
  const fromDisk = (code: string, ns: string) =>
    import(`../locales/${code}/${ns}.json`).then((m: { default: Record<string, unknown> }) => m.default);
  setStringSource((code, ns) => (code === 'ar' ? Promise.reject(new TypeError('Failed to fetch')) : fromDisk(code, ns)));
  history.replaceState(null, '', '/ar/find');
  render(<App />);
  expect((await screen.findByRole('alert')).textContent).toBe(
    'This language could not be loaded. Check your internet connection and try again.',
  );
  expect(document.documentElement.dir).not.toBe('rtl');
  expect(await screen.findByRole('heading', { level: 1, name: 'Find a GP practice' })).toBeTruthy();
});
