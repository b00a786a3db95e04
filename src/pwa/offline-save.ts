/**
 * Keeps the whole app on the phone: after one visit every route works with the network off, search
 * included, in every language the person has used. The service worker's precache holds the code and
 * English; this saves the rest that `offline.json` (src/tools/offline-plugin.ts) lists — the staff tools,
 * the person's language, the poster and message strings of every language, and the practice directory —
 * with progress, and removes only what no build needs any more. What is downloaded never depends on
 * anything the person typed or where they are.
 */
import { DIRECTORY_FILES } from '../directory/directory.ts';
import { DATA_CACHE, fetchData, type DataFile } from '../directory/load.ts';
import { currentLanguage, onLanguageChanged, stringsUrl } from '../i18n/index.ts';
import { STRINGS_VERSION } from '../i18n/languages.ts';
import { offlineManifest, type OfflineManifest } from './offline-manifest.ts';
import { getSaveState, setSaveState as set, type SaveState } from './save-state.ts';

/** The runtime cache the worker keeps scripts and strings in (vite.config.ts). */
export const RUNTIME_CACHE = 'language-strings';

type Item = { bytes: number } & ({ url: string } | { data: DataFile<unknown> });

/** Whether the phone asks to save data (Chrome's Data Saver, Android's "Lite mode"). */
export function wantsToSaveData(nav: Navigator = navigator): boolean {
  return (nav as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

const DATA_FILES: DataFile<unknown>[] = Object.values(DIRECTORY_FILES);

/** Everything to keep: app files, every string file of the languages in use, every language's staff strings, the directory. */
function items(offline: OfflineManifest, languages: ReadonlySet<string>): Item[] {
  const strings = Object.entries(offline.strings).flatMap(([code, entry]) => {
    const used = languages.has(code);
    const names = used ? entry.namespaces : offline.staffNamespaces.filter((ns) => entry.namespaces.includes(ns));
    const bytes = (used ? entry.bytes : entry.staffBytes) / Math.max(names.length, 1);
    return names.map((ns) => ({ url: stringsUrl(code, ns), bytes }));
  });
  const data = DATA_FILES.map((file) => ({ data: file, bytes: offline.data.find((d) => d.path === file.path)?.bytes ?? 0 }));
  return [...offline.files, ...strings, ...data];
}

/**
 * The languages to keep whole: the current one, and every one of which this phone already keeps a
 * screen's strings (a language used before, perhaps only in part if the page was left early).
 */
async function languagesInUse(offline: OfflineManifest, runtime: Cache): Promise<Set<string>> {
  const languages = new Set([currentLanguage()]);
  for (const request of await runtime.keys()) {
    const match = /^\/locales\/([^/]+)\/([^/]+)\.json$/.exec(new URL(request.url).pathname);
    if (match?.[1] && match[2] && !offline.staffNamespaces.includes(match[2]) && match[1] in offline.strings)
      languages.add(match[1]);
  }
  return languages;
}

const dataHref = (file: DataFile<unknown>) => `${import.meta.env.BASE_URL}data/${file.path}?v=${file.version}`;

async function isKept(item: Item, runtime: Cache, data: Cache): Promise<boolean> {
  const hit = 'url' in item ? await runtime.match(item.url, { ignoreVary: true }) : await data.match(dataHref(item.data));
  return hit !== undefined;
}

/** Saves one item through the worker (which keeps app files and strings) or the directory's own cache. */
async function keep(item: Item): Promise<void> {
  if ('data' in item) {
    await fetchData(item.data);
    return;
  }
  const response = await fetch(item.url);
  if (!response.ok) throw new Error(`${item.url}: HTTP ${response.status}`);
  // Read the body: the worker stores a response only once it has it whole.
  await response.arrayBuffer();
}

/** What is not kept yet, for the current language. */
async function missing(): Promise<Item[]> {
  const [offline, runtime, data] = await Promise.all([offlineManifest(), caches.open(RUNTIME_CACHE), caches.open(DATA_CACHE)]);
  const all = items(offline, await languagesInUse(offline, runtime));
  const kept = await Promise.all(all.map((item) => isKept(item, runtime, data)));
  return all.filter((_, i) => !kept[i]);
}

/** Looks at what is already kept and sets the state to saved, or unsaved with the size still to download. */
export async function checkSaved(): Promise<SaveState> {
  const { phase } = getSaveState();
  if (phase === 'saving' || phase === 'unavailable') return getSaveState();
  try {
    const left = await missing();
    const remaining = left.reduce((sum, item) => sum + item.bytes, 0);
    set({ phase: left.length === 0 ? 'saved' : 'unsaved', remaining });
  } catch {
    set({ phase: 'unsaved' });
  }
  return getSaveState();
}

let saving: Promise<boolean> | null = null;

/** Downloads and keeps everything not kept yet, with progress; resolves true when all of it is kept. */
export function saveForOffline(): Promise<boolean> {
  if (getSaveState().phase === 'unavailable') return Promise.resolve(false);
  saving ??= (async () => {
    set({ phase: 'saving', done: 0, total: 0 });
    try {
      const left = await missing();
      const total = left.reduce((sum, item) => sum + item.bytes, 0);
      set({ total, done: 0 });
      let done = 0;
      let failed = 0;
      // A few at a time: quick on a good line, gentle on a poor one. What fails does not stop the rest.
      const queue = [...left];
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          try {
            await keep(item);
            done += item.bytes;
            set({ done });
          } catch {
            failed++;
          }
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      if (failed > 0) throw new Error(`${failed} files could not be saved`);
      await prune().catch(() => undefined);
      set({ phase: 'saved', remaining: 0 });
      return true;
    } catch {
      set({ phase: 'failed' });
      return false;
    } finally {
      saving = null;
    }
  })();
  return saving;
}

/**
 * Removes what no longer belongs to this build from the runtime cache: scripts and styles it does not list,
 * and strings of another version. Each language that had strings kept is kept again in this version, so
 * an update never loses a language the person used. (The directory's cache drops old versions itself.)
 */
export async function prune(): Promise<void> {
  const offline = await offlineManifest();
  const current = new Set(offline.files.map((file) => new URL(file.url, location.href).href));
  const cache = await caches.open(RUNTIME_CACHE);
  const languages = new Set<string>();
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    const strings = /^\/locales\/([^/]+)\/[^/]+\.json$/.exec(url.pathname);
    if (strings) {
      if (url.searchParams.get('v') === STRINGS_VERSION) continue;
      languages.add(strings[1] ?? '');
    } else if (current.has(url.href)) {
      continue;
    }
    await cache.delete(request);
  }
  await Promise.allSettled(
    [...languages].flatMap((code) =>
      (offline.strings[code]?.namespaces ?? []).map((ns) => fetch(stringsUrl(code, ns)).then((r) => r.arrayBuffer())),
    ),
  );
}

/** Fetches every string file of a language the worker does not keep yet (English's are mostly precached). */
async function keepLanguage(code: string): Promise<void> {
  const offline = await offlineManifest();
  const names = offline.strings[code]?.namespaces ?? [];
  await Promise.allSettled(names.map((ns) => fetch(stringsUrl(code, ns)).then((r) => r.arrayBuffer())));
}

/** Resolves once a service worker controls this page (at once if one already does). */
function controlled(container: ServiceWorkerContainer): Promise<void> {
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/** Runs `work` when the browser is idle after the first screen (or after a short wait where it cannot say). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(work, { timeout: 5000 });
  else setTimeout(work, 1500);
}

/**
 * Starts keeping the app offline once a worker controls the page: re-requests the scripts the page loaded
 * before it did, keeps the person's language (and each language they switch to), then, when the browser is
 * idle, saves everything else — unless the phone asks to save data, when the person is offered the choice.
 */
export async function keepAppOffline(container = globalThis.navigator?.serviceWorker): Promise<void> {
  if (!container || !('caches' in globalThis)) {
    set({ phase: 'unavailable' });
    return;
  }
  set({ saveData: wantsToSaveData() });
  await controlled(container);
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /^\/assets\/[^/]+\.(js|css)$/.test(url.pathname));
  await Promise.allSettled(scripts.map((url) => fetch(url).then((r) => r.arrayBuffer())));
  await keepLanguage(currentLanguage()).catch(() => undefined);
  onLanguageChanged((code) => void keepLanguage(code).then(() => checkSaved()));
  whenIdle(() => void (getSaveState().saveData ? checkSaved() : saveForOffline()));
}
