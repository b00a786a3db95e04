/** Content hashes of the data files and the gzipped size of a full download, fixed at build time by vite.config.ts. */
declare const __DATA_VERSIONS__: {
  sectors: string;
  districts: string;
  practices: string;
  practiceRecords: string;
  /** Bytes (gzip) of sectors, districts and practices together: what the first search downloads. */
  downloadBytes: number;
};

/** See `__DATA_VERSIONS__`. */
export const DATA_VERSIONS = __DATA_VERSIONS__;
