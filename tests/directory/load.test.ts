import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataError, fetchData } from '../../src/directory/load.ts';

/** A Cache Storage stand-in: one cache, keyed by URL. */
class MemoryCache {
  entries = new Map<string, Response>();
  async match(url: string) {
    return this.entries.get(url)?.clone();
  }
  async put(url: string, response: Response) {
    this.entries.set(url, response);
  }
  async delete(request: string | { url: string }) {
    return this.entries.delete(typeof request === 'string' ? request : new URL(request.url).pathname + new URL(request.url).search);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url: `http://127.0.0.1${url}` }));
  }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const file = { format: 1, edition: 'x' };

let cache: MemoryCache;
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  cache = new MemoryCache();
  fetchMock = vi.fn();
  vi.stubGlobal('caches', { open: async () => cache });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('loading a data file', () => {
  it('fetches it once, then answers from the cache (offline too)', async () => {
    fetchMock.mockResolvedValueOnce(json(file));
    await expect(fetchData('sectors.json', 'abc')).resolves.toEqual(file);
    fetchMock.mockRejectedValue(new TypeError('offline'));
    await expect(fetchData('sectors.json', 'abc')).resolves.toEqual(file);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/data/sectors.json?v=abc');
  });

  it('drops older versions of the same file once a new one is stored', async () => {
    fetchMock.mockImplementation(async () => json(file));
    await fetchData('sectors.json', 'old');
    await fetchData('practices.json', 'one');
    await fetchData('sectors.json', 'new');
    await vi.waitFor(() =>
      expect([...cache.entries.keys()].sort()).toEqual([
        '/data/practices.json?v=one',
        '/data/sectors.json?v=new',
      ]),
    );
  });

  it('says "not found" for a 404 and for a host that answers with the app page instead', async () => {
    fetchMock.mockResolvedValueOnce(new Response('nope', { status: 404 }));
    await expect(fetchData('practice/ZZZ.json', 'v')).rejects.toMatchObject({ reason: 'notFound' });
    fetchMock.mockResolvedValueOnce(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchData('practice/ZZZ.json', 'v')).rejects.toMatchObject({ reason: 'notFound' });
    expect(cache.entries.size).toBe(0);
  });

  it('says "offline" when the network fails and the phone is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await fetchData('sectors.json', 'v').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ reason: 'offline' });
  });

  it('rejects a file in another format, and replaces a damaged cached copy', async () => {
    fetchMock.mockResolvedValueOnce(json({ format: 99 }));
    await expect(fetchData('sectors.json', 'v')).rejects.toMatchObject({ reason: 'failed' });
    cache.entries.set('/data/sectors.json?v=v', new Response('{not json'));
    fetchMock.mockResolvedValueOnce(json(file));
    await expect(fetchData('sectors.json', 'v')).resolves.toEqual(file);
  });

  it('still works where Cache Storage is refused (some private modes)', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new Error('SecurityError')) });
    fetchMock.mockResolvedValueOnce(json(file));
    await expect(fetchData('sectors.json', 'v')).resolves.toEqual(file);
  });
});
