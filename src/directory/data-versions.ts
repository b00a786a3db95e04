/** Facts about the data files (hashes, download size, editions, attribution), fixed at build time by vite.config.ts. */
declare const __DATA_VERSIONS__: {
  sectors: string;
  districts: string;
  practices: string;
  practiceRecords: string;
  /** Bytes (gzip) of sectors, districts and practices together: what the first search downloads. */
  downloadBytes: number;
  /** Lines the data's licences require the app to show. */
  attribution: string[];
  /** Code-Point Open's edition ("2025.4.0"), and each practice list's date: ODS, Public Health Scotland, the BSO. */
  editions: { codepoint: string; epraccur: string; scotland: string; northernIreland: string };
};

/** See `__DATA_VERSIONS__`. */
export const DATA_VERSIONS = __DATA_VERSIONS__;
