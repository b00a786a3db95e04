import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { decodeAreas } from '../../src/directory/areas.ts';
import type { AreaFile, PracticeFile } from '../../src/directory/data-format.ts';
import { findNearest, indexPractices } from '../../src/directory/nearest.ts';
import { placeFromQuery } from '../../src/directory/places.ts';
import { parsePostcodeQuery } from '../../src/directory/postcode-query.ts';
import { decodePractices } from '../../src/directory/practices.ts';

// The committed data files, exactly as the app downloads them.
const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');
const read = <T>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const files = {
  sectors: read<AreaFile>('sectors.json'),
  districts: read<AreaFile>('districts.json'),
  practices: read<PracticeFile>('practices.json'),
};
const areas = { sectors: decodeAreas(files.sectors), districts: decodeAreas(files.districts) };
const index = indexPractices(decodePractices(files.practices));

// Search points spread over England and Wales: the practices' own sectors, in a fixed order.
const points = [...areas.sectors.values()].filter((c) => c.nation !== 'S').filter((_, i) => i % 7 === 0);
const typed = [...areas.sectors.keys()]
  .filter((_, i) => i % 11 === 0)
  .map((key, i) => `${key.toLowerCase()}${'AB'[i % 2]}${'XY'[i % 2]}`);
let n = 0;

describe('on-device search', () => {
  bench('nearest 10 among all practices', () => {
    findNearest(index, points[n++ % points.length]!, 10);
  });

  bench('nearest 10 Safe Surgeries (filtered)', () => {
    findNearest(index, points[n++ % points.length]!, 10, (p) => p.member !== null);
  });

  bench('postcode parse + lookup', () => {
    placeFromQuery(parsePostcodeQuery(typed[n++ % typed.length]!), areas);
  });
});

describe('loading', () => {
  bench(
    'decode and index the whole directory (once per visit)',
    () => {
      decodeAreas(files.sectors);
      decodeAreas(files.districts);
      indexPractices(decodePractices(files.practices));
    },
    { iterations: 20 },
  );
});
