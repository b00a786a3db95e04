// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app.tsx';
import { applyLanguage, initI18n } from '../src/i18n/index.ts';
import { startHistory } from '../src/router/history.ts';
import { readStrings } from '../src/tools/i18n/files.ts';

// Arabic as it stands in locales/ar (translations change; the tests follow them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- strings of any shape, read from locales/
type Strings = Record<string, any>;
const ar = Object.fromEntries(Object.entries(readStrings('ar')).map(([f, tree]) => [f.replace('.json', ''), tree])) as Strings;

/** Answers the app's data requests from public/, as the static host would. */
async function servePublicFolder(url: string): Promise<Response> {
  const path = join(import.meta.dirname, '..', 'public', new URL(url, 'http://localhost').pathname);
  if (!existsSync(path)) return new Response('Not found', { status: 404 });
  return new Response(readFileSync(path), { headers: { 'content-type': 'application/json' } });
}

function openAt(url: string) {
  history.replaceState(null, '', url);
  return render(<App />);
}

beforeAll(() => {
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  initI18n();
  startHistory();
});

beforeEach(async () => {
  localStorage.clear();
  await applyLanguage('en');
});

afterEach(cleanup);

describe('the app shell', () => {
  it('shows Home with the promise and three large actions', () => {
    openAt('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Register with a GP');
    expect(screen.getByText('You can ask to register with a GP, a family doctor.')).toBeTruthy();
    const links = ['Know your rights', 'Find a GP practice', 'Show this to reception'].map((name) =>
      screen.getByRole('link', { name: new RegExp(name) }).getAttribute('href'),
    );
    expect(links).toEqual(['/rights', '/find', '/card']);
  });

  it('moves to a lazily loaded screen on a link click, without reloading, and focuses its heading', async () => {
    openAt('/');
    fireEvent.click(screen.getByRole('link', { name: /Find a GP practice/ }));
    expect(location.pathname).toBe('/find');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Find a GP practice' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Find a GP practice – Safe Surgeries');
  });

  it('opens a practice from the upper-case URL a poster QR carries', async () => {
    vi.stubGlobal('fetch', servePublicFolder);
    openAt('/P/F84003');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lower Clapton General Practice' })).toBeTruthy();
    expect(screen.getByText('Safe Surgery')).toBeTruthy();
    vi.unstubAllGlobals();
  });

  it('shows a helpful not-found page for unknown paths', async () => {
    openAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'We could not find this page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  });

  it('speaks Arabic, right to left, under /ar/, and keeps the prefix in its links', async () => {
    openAt('/ar/');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(await screen.findByRole('heading', { level: 1, name: ar.translation.home.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: new RegExp(ar.translation.home.find) }).getAttribute('href')).toBe('/ar/find');
    // The header's language switch shows the current language's own name, beside a globe.
    expect(screen.getByRole('link', { name: /العربية/ }).getAttribute('href')).toBe('/ar/languages');
  });

  it('switches language from the list on Home and remembers only that choice', async () => {
    openAt('/');
    // The list arrives just after Home is shown (its own chunk).
    const list = await screen.findByRole('heading', { name: 'All languages' });
    fireEvent.click(within(list.parentElement as HTMLElement).getAllByRole('link', { name: /العربية/ })[0] as HTMLElement);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(location.pathname).toBe('/ar/');
    expect({ ...localStorage }).toEqual({ 'safe-surgeries:language': 'ar' });
    fireEvent.click((await screen.findAllByRole('link', { name: /^English/ }))[0] as HTMLElement);
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Register with a GP');
  });

  it('returns to the screen the person was on after choosing a language', async () => {
    // Lazy screens and a language's strings load as in the app: give them time on a busy machine.
    const slow = { timeout: 5000 };
    openAt('/rights');
    await screen.findByRole('heading', { name: 'Know your rights' }, slow);
    fireEvent.click(screen.getByRole('link', { name: /Language/ }));
    await screen.findByRole('searchbox', {}, slow);
    fireEvent.click(screen.getAllByRole('link', { name: /العربية/ }).at(-1) as HTMLElement);
    expect(location.pathname).toBe('/ar/rights');
    expect(await screen.findByRole('heading', { level: 1, name: ar.rights.title }, slow)).toBeTruthy();
  });
});
