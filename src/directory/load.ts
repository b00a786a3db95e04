import { DATA_FORMAT } from './data-format.ts';

/** Why data could not be loaded: the file does not exist, the phone is offline, or something else failed. */
export class DataError extends Error {
  constructor(readonly reason: 'notFound' | 'offline' | 'failed') {
    super(`Directory data: ${reason}`);
  }
}

const CACHE_NAME = 'safe-surgeries-data';

async function openCache(): Promise<Cache | null> {
  try {
    return 'caches' in globalThis ? await caches.open(CACHE_NAME) : null;
  } catch {
    // Some private modes refuse storage; the app still works, just not offline.
    return null;
  }
}

/** Removes older versions of a file from the cache once a newer one is stored. */
async function pruneVersions(cache: Cache, path: string, search: string): Promise<void> {
  for (const request of await cache.keys()) {
    const cached = new URL(request.url);
    if (cached.pathname === path && cached.search !== search) await cache.delete(request);
  }
}

function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}

/**
 * Fetches a data file once and keeps it in Cache Storage, so it opens offline afterwards.
 * `version` is the file's content hash: a new build asks for a new URL and old copies are removed.
 * The URL names only the file, never anything the person typed.
 */
export async function fetchData<T extends { format: number }>(path: string, version: string): Promise<T> {
  const file = `${import.meta.env.BASE_URL}data/${path}`;
  const href = `${file}?v=${version}`;
  const cache = await openCache();
  const hit = await cache?.match(href).catch(() => undefined);
  if (hit) {
    const cached = await readData<T>(hit);
    if (cached) return cached;
    // A damaged copy is thrown away and fetched again rather than failing for ever.
    await cache?.delete(href).catch(() => undefined);
  }
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    throw new DataError(isOffline() ? 'offline' : 'failed');
  }
  if (response.status === 404) throw new DataError('notFound');
  if (!response.ok) throw new DataError('failed');
  // A host that answers unknown paths with the app's HTML has not found the file either.
  if (!(response.headers.get('content-type') ?? '').includes('json')) throw new DataError('notFound');
  const data = await readData<T>(response.clone());
  if (!data) throw new DataError('failed');
  if (cache) {
    await cache.put(href, response).catch(() => undefined);
    void pruneVersions(cache, file, `?v=${version}`).catch(() => undefined);
  }
  return data;
}

async function readData<T extends { format: number }>(response: Response): Promise<T | null> {
  const data = (await response.json().catch(() => null)) as T | null;
  return data && data.format === DATA_FORMAT ? data : null;
}
