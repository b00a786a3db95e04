/**
 * offline.json, written by the build (src/tools/offline-plugin.ts): what "Save for offline use" downloads
 * beyond the precache, with each part's gzipped size.
 */

/** The shape of offline.json. */
export interface OfflineManifest {
  /** App files the precache leaves out (the staff tools' scripts and styles), by URL, with gzipped bytes. */
  files: { url: string; bytes: number }[];
  /** Per language: the string files to keep (English: only those not precached), their gzipped bytes, and those of its staffNamespaces. */
  strings: Record<string, { namespaces: string[]; bytes: number; staffBytes: number }>;
  /** The staff tools' string files, kept in every language: a poster and a message are in many languages at once. */
  staffNamespaces: string[];
  /** The directory's files under data/, with gzipped bytes. */
  data: { path: string; bytes: number }[];
}

let manifest: Promise<OfflineManifest> | null = null;

/** offline.json of this build (once; from the precache when offline). */
export function offlineManifest(): Promise<OfflineManifest> {
  manifest ??= fetch(`${import.meta.env.BASE_URL}offline.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`offline.json: HTTP ${response.status}`);
      return response.json() as Promise<OfflineManifest>;
    })
    .catch((error: unknown) => {
      manifest = null;
      throw error;
    });
  return manifest;
}
