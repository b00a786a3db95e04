// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../src/components/ErrorBoundary.tsx';
import { initI18n, loadLanguage } from '../src/i18n/index.ts';
import { UpdatePrompt } from '../src/pwa/index.ts';
import { setPwaState, setUpdater } from '../src/pwa/state.ts';

beforeAll(async () => {
  initI18n();
  // As the app does: the offline layer's chunk registers its strings, then they are loaded.
  await loadLanguage('en', ['pwa']);
});
afterEach(cleanup);

function Broken(): never {
  throw new Error('boom');
}

describe('a screen that throws', () => {
  it('shows a message and a way home instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary homeHref="/ar/">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/ar/');
  });
});

describe('the offline and update notices', () => {
  it('live in a status region that is empty until the worker has news', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says when the app is ready offline, and can be dismissed', () => {
    render(<UpdatePrompt />);
    act(() => setPwaState({ offlineReady: true }));
    expect(screen.getByRole('status').textContent).toContain('Ready to work offline');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers a new version and reloads into it only when asked', () => {
    const update = vi.fn(async () => {});
    setUpdater(update);
    render(<UpdatePrompt />);
    act(() => setPwaState({ needRefresh: true }));
    expect(screen.getByRole('status').textContent).toContain('A new version of this app is ready.');
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(update).toHaveBeenCalledOnce();
  });
});
