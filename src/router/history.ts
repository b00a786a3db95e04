import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;
const listeners = new Set<Listener>();
let movedByApp = false;

/** How many history entries this page has pushed since it loaded, where the current entry is (for Quick exit). */
let depth = 0;

function entryIndex(state: unknown): number {
  const index = (state as { appIndex?: unknown } | null)?.appIndex;
  return typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 ? index : 0;
}

/** How far the current entry is from the one this page loaded in: Quick exit goes back that far first. */
export function entriesSinceLoad(): number {
  return depth;
}

/** The current path with its query, as the router reads it. */
export function currentUrl(): string {
  return `${location.pathname}${location.search}`;
}

/** Goes to an app path without reloading the page. */
export function navigate(path: string): void {
  if (path === currentUrl()) return;
  depth += 1;
  history.pushState({ appIndex: depth }, '', path);
  movedByApp = true;
  window.scrollTo(0, 0);
  listeners.forEach((listener) => listener());
}

/** True once the person has moved within the app, so a new page should take focus (not on first load). */
export function hasMovedInApp(): boolean {
  return movedByApp;
}

function isAppLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return null;
  }
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.external !== undefined) return null;
  // In-page anchors (the skip link) keep the browser's own behaviour.
  if (anchor.getAttribute('href')?.startsWith('#')) return null;
  const url = new URL(anchor.href, location.href);
  return url.origin === location.origin ? anchor : null;
}

function onClick(event: MouseEvent): void {
  const anchor = isAppLink(event);
  if (!anchor) return;
  event.preventDefault();
  const url = new URL(anchor.href, location.href);
  navigate(`${url.pathname}${url.search}`);
}

function onPopState(event: PopStateEvent): void {
  depth = entryIndex(event.state);
  movedByApp = true;
  listeners.forEach((listener) => listener());
}

/** Starts routing same-origin link clicks and back/forward through the app. Call once at boot. */
export function startHistory(): void {
  // A reload keeps the entry's place; a fresh load starts at 0.
  depth = entryIndex(history.state);
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', onPopState);
}

/** The current URL, re-rendering the caller whenever it changes. */
export function useUrl(): string {
  const [url, setUrl] = useState(currentUrl);
  useEffect(() => {
    const update = () => setUrl(currentUrl());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return url;
}
