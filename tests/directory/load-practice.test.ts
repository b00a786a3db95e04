import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_VERSIONS } from '../../src/directory/data-versions.ts';

/** A Cache Storage stand-in holding what a phone keeps after its first search. */
const kept = new Map<string, string>();
const cache = {
  match: async (url: string) =>
    kept.has(url) ? new Response(kept.get(url), { headers: { 'content-type': 'application/json' } }) : undefined,
  put: async () => undefined,
  delete: async (url: string) => kept.delete(url),
  keys: async () => [],
};
const fetchMock = vi.fn();

beforeEach(() => {
  kept.clear();
  fetchMock.mockReset();
  vi.stubGlobal('caches', { open: async () => cache });
  vi.stubGlobal('fetch', fetchMock);
  // A fresh module each time: nothing loaded in memory, as after a reload.
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const list = readFileSync(new URL('../../public/data/practices.json', import.meta.url), 'utf8');
const record = readFileSync(new URL('../../public/data/practice/F84003.json', import.meta.url), 'utf8');

describe('opening one practice', () => {
  it('reads it from the list this phone keeps, and fetches nothing that would say which practice it is', async () => {
    kept.set(`/data/practices.json?v=${DATA_VERSIONS.practices}`, list);
    const { loadPractice } = await import('../../src/directory/directory.ts');
    const found = await loadPractice('F84003');
    expect(found?.practice).toMatchObject({ code: 'F84003', name: 'Lower Clapton General Practice' });
    await expect(loadPractice('ZZ9999')).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches only its small record on a first visit (a poster scan), when the list is not on the phone', async () => {
    fetchMock.mockResolvedValue(new Response(record, { headers: { 'content-type': 'application/json' } }));
    const { loadPractice } = await import('../../src/directory/directory.ts');
    await expect(loadPractice('F84003')).resolves.toMatchObject({ practice: { code: 'F84003' } });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([`/data/practice/F84003.json?v=${DATA_VERSIONS.practiceRecords}`]);
  });

  it('does not trust a kept list that is not the real one: it fetches the record instead', async () => {
    kept.set(`/data/practices.json?v=${DATA_VERSIONS.practices}`, list.replace('Lower Clapton', 'Lower Clapham'));
    fetchMock.mockResolvedValue(new Response(record, { headers: { 'content-type': 'application/json' } }));
    const { loadPractice } = await import('../../src/directory/directory.ts');
    await expect(loadPractice('F84003')).resolves.toMatchObject({ practice: { code: 'F84003' } });
    expect(kept.size).toBe(0);
  });
});
