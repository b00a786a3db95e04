import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_FORMAT, PRACTICE_FIELDS, type PracticeFile } from '../../src/directory/data-format.ts';
import { DataError, fetchData, type DataFile } from '../../src/directory/load.ts';
import { validatePracticeFile } from '../../src/directory/validate.ts';

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
    return this.entries.delete(
      typeof request === 'string' ? request : new URL(request.url).pathname + new URL(request.url).search,
    );
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url: `http://127.0.0.1${url}` }));
  }
}

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const practices: PracticeFile = {
  format: DATA_FORMAT,
  editions: { E: '2025-09-01', W: '2025-09-01', S: '2022-10-01', N: '2026-01-01' },
  scale: 100000,
  fields: PRACTICE_FIELDS,
  members: [{ source: 'https://example.org/news', evidence: 'became a Safe Surgery', asOf: '2018' }],
  practices: [
    ['F84003', 'Lower Clapton', ['34 Linscott Road', 'London'], 'E5 0RD', '020 8986 7111', 5155210, -5210, 'E', 0, 0, ''],
  ],
};
const text = JSON.stringify(practices);
/** practices.json as the build knows it: its version is the first 16 hex digits of its SHA-256. */
const list: DataFile<PracticeFile> = { path: 'practices.json', version: sha(text), hashed: true, validate: validatePracticeFile };
/** A practice record: its version does not hash it, so only its shape is checked. */
const record = (version = 'v'): DataFile<PracticeFile> => ({
  path: 'practice/F84003.json',
  version,
  hashed: false,
  validate: validatePracticeFile,
});
const href = `/data/practices.json?v=${list.version}`;

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
    fetchMock.mockResolvedValueOnce(json(text));
    await expect(fetchData(list)).resolves.toEqual(practices);
    fetchMock.mockRejectedValue(new TypeError('offline'));
    await expect(fetchData(list)).resolves.toEqual(practices);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(href);
  });

  it('drops older versions of the same file once a new one is stored', async () => {
    fetchMock.mockImplementation(async () => json(text));
    await fetchData(record('old'));
    await fetchData(list);
    await fetchData(record('new'));
    await vi.waitFor(() => expect([...cache.entries.keys()].sort()).toEqual(['/data/practice/F84003.json?v=new', href]));
  });

  it('says "not found" for a 404 and for a host that answers with the app page instead', async () => {
    fetchMock.mockResolvedValueOnce(new Response('nope', { status: 404 }));
    await expect(fetchData(record())).rejects.toMatchObject({ reason: 'notFound' });
    fetchMock.mockResolvedValueOnce(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    await expect(fetchData(record())).rejects.toMatchObject({ reason: 'notFound' });
    expect(cache.entries.size).toBe(0);
  });

  it('says "offline" when the network fails and the phone is offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await fetchData(list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ reason: 'offline' });
  });

  it('still works where Cache Storage is refused (some private modes)', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new Error('SecurityError')) });
    fetchMock.mockResolvedValueOnce(json(text));
    await expect(fetchData(list)).resolves.toEqual(practices);
  });
});

describe('a cached copy is checked, never trusted blindly', () => {
  const damaged = {
    'not JSON': '{not json',
    'only a format': '{"format":1}',
    'a row with a null field': JSON.stringify({
      ...practices,
      practices: [[...practices.practices[0]!.slice(0, 3), null, ...practices.practices[0]!.slice(4)]],
    }),
    'another format': JSON.stringify({ ...practices, format: 99 }),
  };
  for (const [what, body] of Object.entries(damaged)) {
    it(`replaces a cached copy that is ${what}, and keeps the good one`, async () => {
      cache.entries.set(href, json(body));
      fetchMock.mockResolvedValue(json(text));
      await expect(fetchData(list)).resolves.toEqual(practices);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(await cache.entries.get(href)!.clone().text()).toBe(text);
    });
  }

  it('replaces a tampered copy kept under the right ?v= hash, though its shape is valid', async () => {
    const tampered = JSON.stringify({
      ...practices,
      practices: [['F84003', 'Somewhere else', ['1 Fake Street'], 'E5 0RD', null, 0, 0, 'E', -1, 0, '']],
    });
    expect(validatePracticeFile(JSON.parse(tampered))).not.toBeNull();
    cache.entries.set(href, json(tampered));
    fetchMock.mockResolvedValue(json(text));
    await expect(fetchData(list)).resolves.toEqual(practices);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("refuses a fetched copy whose hash is not the build's, and keeps nothing of it", async () => {
    fetchMock.mockResolvedValue(json(text.replace('Lower Clapton', 'Lower Clapham')));
    await expect(fetchData(list)).rejects.toMatchObject({ reason: 'failed' });
    expect(cache.entries.size).toBe(0);
  });

  it('refuses a record whose shape is wrong, so "Try again" fetches it afresh', async () => {
    fetchMock.mockResolvedValueOnce(json({ format: 1 }));
    await expect(fetchData(record())).rejects.toMatchObject({ reason: 'failed' });
    expect(cache.entries.size).toBe(0);
    fetchMock.mockResolvedValueOnce(json(text));
    await expect(fetchData(record())).resolves.toEqual(practices);
  });
});
