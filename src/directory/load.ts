/** Why data could not be loaded: the file does not exist, the phone is offline, or something else failed. */
export class DataError extends Error {
  constructor(readonly reason: 'notFound' | 'offline' | 'failed') {
    super(`Directory data: ${reason}`);
  }
}

/** A data file and how to know a copy of it is the real one. */
export interface DataFile<T> {
  /** Its path under data/, e.g. "practices.json". */
  path: string;
  /** The build's version of it, added to the URL as ?v= so a new build asks for a new file. */
  version: string;
  /** True when `version` is the first 16 hex digits of the file's SHA-256 (manifest.json), so it can be checked. */
  hashed: boolean;
  /** The file's shape checked: the data, or null when it is not what the pipeline writes. */
  validate: (json: unknown) => T | null;
}

/** The Cache Storage cache the directory's files are kept in. */
export const DATA_CACHE = 'safe-surgeries-data';

async function openCache(): Promise<Cache | null> {
  try {
    return 'caches' in globalThis ? await caches.open(DATA_CACHE) : null;
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

/** The first 16 hex digits of the SHA-256 of some bytes, or null where the browser cannot hash (not a secure context). */
async function sha256Prefix(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The data in a response if it is the file the build knows (its hash) in the shape the app reads; else null. */
async function readData<T>(response: Response, file: DataFile<T>): Promise<T | null> {
  try {
    const bytes = await response.arrayBuffer();
    if (file.hashed) {
      const hash = await sha256Prefix(bytes);
      if (hash !== null && hash !== file.version) return null;
    }
    return file.validate(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

function urls(file: DataFile<unknown>): { path: string; href: string } {
  const path = `${import.meta.env.BASE_URL}data/${file.path}`;
  return { path, href: `${path}?v=${file.version}` };
}

/**
 * The file from Cache Storage only (nothing is fetched), or null when it is not there. A copy that is
 * not the real file is deleted, so the next fetchData fetches it again.
 */
export async function cachedData<T>(file: DataFile<T>): Promise<T | null> {
  const { href } = urls(file);
  const cache = await openCache();
  const hit = await cache?.match(href).catch(() => undefined);
  if (!hit) return null;
  const data = await readData(hit, file);
  if (data === null) await cache?.delete(href).catch(() => undefined);
  return data;
}

/**
 * Fetches a data file once and keeps it in Cache Storage, so it opens offline afterwards. Every copy,
 * cached or fetched, is checked against the build's hash and the file's shape: a damaged one is thrown
 * away and fetched again rather than failing for ever. The URL names only the file, never anything the
 * person typed.
 */
export async function fetchData<T>(file: DataFile<T>): Promise<T> {
  const cachedCopy = await cachedData(file);
  if (cachedCopy !== null) return cachedCopy;
  const { path, href } = urls(file);
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
  const data = await readData(response.clone(), file);
  if (data === null) throw new DataError('failed');
  const cache = await openCache();
  if (cache) {
    await cache.put(href, response).catch(() => undefined);
    void pruneVersions(cache, path, `?v=${file.version}`).catch(() => undefined);
  }
  return data;
}
