/**
 * Build-time facts about public/data for the app (see src/directory/data-versions.ts): each file's
 * content hash, used to bust caches, the gzipped size of what the first search downloads, and the
 * sources' editions and attribution for the About page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataManifest } from '../directory/data-format.ts';
import { gzipSize } from './data/write.ts';

/** The value of `__DATA_VERSIONS__`; "missing" hashes when `npm run data` has not been run. */
export function dataVersions(dataDir: string) {
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    return {
      sectors: 'missing',
      districts: 'missing',
      practices: 'missing',
      practiceRecords: 'missing',
      downloadBytes: 0,
      attribution: [],
      editions: { codepoint: '', epraccur: '', scotland: '', northernIreland: '' },
    };
  }
  const { files, attribution, sources } = JSON.parse(readFileSync(manifestPath, 'utf8')) as DataManifest;
  const edition = (id: string) => sources.find((source) => source.id === id)?.edition ?? '';
  const downloadBytes = [files.sectors, files.districts, files.practices]
    .map((file) => gzipSize(readFileSync(join(dataDir, file.path))))
    .reduce((a, b) => a + b, 0);
  return {
    sectors: files.sectors.hash,
    districts: files.districts.hash,
    practices: files.practices.hash,
    practiceRecords: files.practiceRecords.hash,
    downloadBytes,
    attribution,
    editions: {
      codepoint: edition('codepoint'),
      epraccur: edition('epraccur'),
      scotland: edition('scotland'),
      northernIreland: edition('northernIreland'),
    },
  };
}
