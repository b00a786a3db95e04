import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_FORMAT,
  PRACTICE_FIELDS,
  type AreaFile,
  type DataManifest,
  type PracticeFile,
} from '../../src/directory/data-format.ts';
import { buildData, buildDate, type BuildOptions, type BuildResult } from '../../src/tools/data/build-data.ts';
import { compareFolders, listFiles } from '../../src/tools/data/check-data.ts';
import { decodeAreas } from '../../src/directory/areas.ts';
import { scaled } from '../../src/tools/data/encode.ts';
import { InputError } from '../../src/tools/data/input.ts';
import { gridToWgs84 } from '../../src/tools/data/projection.ts';
import { hash16 } from '../../src/tools/data/write.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'data');
const EDITIONS = { E: '2025-09-01', W: '2025-09-01', S: '2025-01-01', N: '2026-04-01' };
const ALL_CODES = [
  'A81001',
  'A81002',
  'F84003',
  'F84018',
  'S40001',
  'S40002',
  'S40004',
  'W97001',
  'Z00001',
  'Z00003',
  'Z00006',
  'Z00008',
  'Z00010',
  'Z00465',
];
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** Grid positions of the fixture's Code-Point units with a usable position, by sector. */
const UNITS: Record<string, [number, number][]> = {
  'CF10 1': [
    [318284, 176230],
    [318296, 176178],
    [318252, 176376],
  ],
  'E5 0': [
    [535338, 186059],
    [535438, 186047],
    [535124, 185629],
  ],
  'E5 8': [
    [534676, 186343],
    [534415, 186154],
  ],
  'EH1 1': [
    [325610, 673543],
    [325792, 673854],
  ],
};

function expectedCentroid(units: [number, number][], scale: number): [number, number] {
  const e = units.reduce((s, u) => s + u[0], 0) / units.length;
  const n = units.reduce((s, u) => s + u[1], 0) / units.length;
  const p = gridToWgs84(e, n);
  return [scaled(p.lat, scale), scaled(p.lon, scale)];
}

let dir: string;
let options: BuildOptions;
let result: BuildResult;
let log: string[];
const read = <T>(path: string) => JSON.parse(readFileSync(join(options.out, path), 'utf8')) as T;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-pipeline-'));
  const zip = zipSync({
    'Data/CSV/e.csv': fixture('codepoint/e.csv'),
    'Data/CSV/cf.csv': fixture('codepoint/cf.csv'),
    'Data/CSV/eh.csv': fixture('codepoint/eh.csv'),
    'Doc/metadata.txt': fixture('codepoint/metadata.txt'),
    'Doc/Code-Point_Open_Column_Headers.csv': fixture('codepoint/Code-Point_Open_Column_Headers.csv'),
  });
  writeFileSync(join(dir, 'codepo_gb.zip'), zip);
  // The BSO's quarterly file, under the name the next edition would have.
  copyFileSync(join(FIXTURES, 'bso-practices.csv'), join(dir, 'gp-practice-reference-file-april-2026.csv'));
  log = [];
  options = {
    codepoint: join(dir, 'codepo_gb.zip'),
    epraccur: join(FIXTURES, 'epraccur-legacy.csv'),
    members: join(FIXTURES, 'members.csv'),
    scotland: join(FIXTURES, 'practice_contactdetails_jan2025-open-data.csv'),
    northernIreland: join(dir, 'gp-practice-reference-file-april-2026.csv'),
    out: join(dir, 'out'),
    date: '2026-11-21',
    log: (line) => log.push(line),
  };
  result = buildData(options);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the data pipeline on a small Code-Point zip and fixtures', () => {
  it('writes the four data files, one file per practice and the manifest', () => {
    expect(listFiles(options.out)).toEqual([
      'districts.json',
      'manifest.json',
      'practice/A81001.json',
      'practice/A81002.json',
      'practice/F84003.json',
      'practice/F84018.json',
      'practice/S40001.json',
      'practice/S40002.json',
      'practice/S40004.json',
      'practice/W97001.json',
      'practice/Z00001.json',
      'practice/Z00003.json',
      'practice/Z00006.json',
      'practice/Z00008.json',
      'practice/Z00010.json',
      'practice/Z00465.json',
      'practices.json',
      'sectors.json',
    ]);
  });

  it('writes compact JSON with sorted keys and one final newline', () => {
    for (const path of listFiles(options.out)) {
      const text = readFileSync(join(options.out, path), 'utf8');
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).toBe(JSON.stringify(JSON.parse(text)) + '\n');
      const keys = Object.keys(JSON.parse(text) as object);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('writes sectors.json in the AreaFile shape, keys sorted, deltas decoding to the mean of each sector’s postcodes', () => {
    const sectors = read<AreaFile>('sectors.json');
    expect(sectors).toMatchObject({ format: DATA_FORMAT, kind: 'sector', edition: '2025.4.0', scale: 10_000 });
    expect(sectors.keys).toEqual(['CF10 1', 'E5 0', 'E5 8', 'EH1 1']);
    expect(sectors.nation).toBe('WEES');
    // Decoded by the app's own reader, so the files are checked as the app sees them.
    const decoded = decodeAreas(sectors);
    for (const key of sectors.keys) {
      const c = decoded.get(key)!;
      expect([Math.round(c.lat * 10_000), Math.round(c.lon * 10_000)]).toEqual(expectedCentroid(UNITS[key]!, 10_000));
    }
    expect(sectors.lat.every(Number.isInteger) && sectors.lon.every(Number.isInteger)).toBe(true);
  });

  it('writes districts.json with each district’s centroid and majority nation', () => {
    const districts = read<AreaFile>('districts.json');
    expect(districts).toMatchObject({ format: DATA_FORMAT, kind: 'district', edition: '2025.4.0', scale: 10_000 });
    expect(districts.keys).toEqual(['CF10', 'E5', 'EH1']);
    expect(districts.nation).toBe('WES');
    const e5 = [...UNITS['E5 0']!, ...UNITS['E5 8']!];
    const c = decodeAreas(districts).get('E5')!;
    expect([Math.round(c.lat * 10_000), Math.round(c.lon * 10_000)]).toEqual(expectedCentroid(e5, 10_000));
  });

  it('writes practices.json in the PracticeFile shape, sorted by code', () => {
    const file = read<PracticeFile>('practices.json');
    expect(file).toMatchObject({ format: DATA_FORMAT, editions: EDITIONS, scale: 100_000 });
    expect(file.fields).toEqual([...PRACTICE_FIELDS]);
    expect(file.practices.map((row) => row[0])).toEqual(ALL_CODES);
    for (const row of file.practices.filter((r) => r[7] !== 'N')) {
      expect(row).toHaveLength(PRACTICE_FIELDS.length);
      const [code, name, address, postcode, phone, lat, lon, nation, member, approximate, area] = row;
      expect(code).toMatch(/^[A-Z]\d{5}$/);
      expect(typeof name).toBe('string');
      expect(address.every((line) => typeof line === 'string' && line !== '')).toBe(true);
      expect(postcode).toMatch(/^[A-Z0-9]{2,4} \d[A-Z]{2}$/);
      expect(phone === null || typeof phone === 'string').toBe(true);
      expect(Number.isInteger(lat) && Number.isInteger(lon)).toBe(true);
      expect(['E', 'W', 'S']).toContain(nation);
      expect(member === -1 || (member >= 0 && member < file.members.length)).toBe(true);
      expect([0, 1]).toContain(approximate);
      expect(area).toBe('');
    }
  });

  it('places a practice on its own postcode unit when Code-Point has it', () => {
    const row = read<PracticeFile>('practices.json').practices.find((r) => r[0] === 'F84018')!;
    expect(row).toEqual([
      'F84018',
      'The Nightingale Practice',
      ['10 Kenninghall Road', 'Clapton', 'London'],
      'E5 8BY',
      '020 89858388',
      ...expectedCentroid([[534415, 186154]], 100_000),
      'E',
      -1,
      0,
      '',
    ]);
  });

  it('places a practice whose postcode is missing from Code-Point at its sector centroid, else its district’s, flagged approximate', () => {
    const rows = read<PracticeFile>('practices.json').practices;
    const sector = rows.find((r) => r[0] === 'A81001')!;
    const district = rows.find((r) => r[0] === 'A81002')!;
    expect(sector.slice(5)).toEqual([...expectedCentroid(UNITS['E5 8']!, 100_000), 'E', -1, 1, '']);
    expect(district.slice(5)).toEqual([...expectedCentroid([...UNITS['E5 0']!, ...UNITS['E5 8']!], 100_000), 'E', -1, 1, '']);
    expect(result.approximate).toEqual([
      { code: 'A81001', postcode: 'E5 8ZZ', area: 'E5 8' },
      { code: 'A81002', postcode: 'E5 9ZZ', area: 'E5' },
      { code: 'S40002', postcode: 'EH1 1ZZ', area: 'EH1 1' },
    ]);
    expect(log).toContain('  A81001 E5 8ZZ: centroid of sector "E5 8"');
  });

  it('takes a Welsh practice’s nation from Code-Point’s country code', () => {
    const row = read<PracticeFile>('practices.json').practices.find((r) => r[0] === 'W97001')!;
    expect(row[7]).toBe('W');
  });

  it('places Scotland’s practices like England’s, keeps a border postcode as Scotland’s, and rejects one Code-Point lacks', () => {
    const rows = read<PracticeFile>('practices.json').practices;
    expect(rows.find((r) => r[0] === 'S40001')).toEqual([
      'S40001',
      'Old Town Medical Practice',
      ['1 High Street', 'Edinburgh'],
      'EH1 1AD',
      '0131 225 0000',
      ...expectedCentroid([[325610, 673543]], 100_000),
      'S',
      -1,
      0,
      '',
    ]);
    expect(rows.find((r) => r[0] === 'S40002')!.slice(4)).toEqual([
      null,
      ...expectedCentroid(UNITS['EH1 1']!, 100_000),
      'S',
      -1,
      1,
      '',
    ]);
    expect(rows.find((r) => r[0] === 'S40004')![7]).toBe('S');
    const scotland = result.report.issues.filter((i) => i.source === 'scotland').map((i) => `${i.severity} ${i.message}`);
    expect(scotland).toEqual([
      'warning practice_contactdetails_jan2025-open-data.csv:3: practice 40002: phone "" is not 10–11 digits starting with 0; stored as null',
      'rejected practice_contactdetails_jan2025-open-data.csv:4: postcode "G51 2QT" of S40003 is not in Code-Point Open',
      'warning practice_contactdetails_jan2025-open-data.csv:5: postcode "E5 8BY" of S40004 is in England by Code-Point Open; kept as a practice of NHS Scotland',
    ]);
  });

  it('publishes Northern Ireland’s practices without a position or phone, with their area, and the rejected rows why', () => {
    const rows = read<PracticeFile>('practices.json').practices;
    expect(rows.find((r) => r[0] === 'Z00008')).toEqual([
      'Z00008',
      'Dr. Smith & Partners',
      ['12 Main Street'],
      'BT7 1NN',
      null,
      null,
      null,
      'N',
      -1,
      0,
      'Belfast',
    ]);
    expect(rows.find((r) => r[0] === 'Z00465')?.[10]).toBe('Southern');
    const rejected = result.report.issues.filter((i) => i.source === 'northernIreland').map((i) => i.message);
    expect(rejected).toHaveLength(3);
    expect(rejected.map((m) => m.split(':').slice(0, 2).join(':'))).toEqual([
      'gp-practice-reference-file-april-2026.csv:7',
      'gp-practice-reference-file-april-2026.csv:8',
      'gp-practice-reference-file-april-2026.csv:10',
    ]);
  });

  it('rejects a Scottish postcode and a postcode with no sector or district, with file:line messages', () => {
    const rejected = result.report.issues
      .filter((i) => i.source === 'epraccur' && i.severity === 'rejected')
      .map((i) => i.message);
    expect(rejected).toEqual([
      'epraccur-legacy.csv:7: postcode "XX" is not a UK postcode',
      'epraccur-legacy.csv:12: code F84018 appears again (first on line 1)',
      'epraccur-legacy.csv:10: postcode "ZZ9 9ZZ" of A81003 is not in Code-Point Open, nor is its sector "ZZ9 9" or district "ZZ9"',
      'epraccur-legacy.csv:11: postcode "EH1 1AD" of S12345 is in Scotland, not England or Wales',
    ]);
  });

  it('rejects Code-Point rows without a position, postcode or known country, with file:line messages', () => {
    const rejected = result.report.issues.filter((i) => i.source === 'codepoint').map((i) => i.message);
    expect(rejected).toEqual([
      'Data/CSV/e.csv:6: postcode "E5 8ZX" has no usable position (quality 90, 0/0)',
      'Data/CSV/e.csv:7: postcode "NOT A PC" is not a UK postcode',
      'Data/CSV/e.csv:8: postcode "E5 0ZZ" has country code "L93000001", not England, Wales or Scotland',
    ]);
  });

  it('links members to their practice and reports every member that is not an active practice', () => {
    const file = read<PracticeFile>('practices.json');
    expect(file.members).toEqual([
      {
        source: 'https://example.org/news/lower-clapton',
        evidence:
          'Pulse (April 2017), \'The Lower Clapton Group Practice, a GP practice in east London, is already using the toolkit.\' He said "yes"',
        asOf: '2017',
      },
    ]);
    expect(file.practices.find((r) => r[0] === 'F84003')![8]).toBe(0);
    const members = result.report.issues.filter((i) => i.source === 'members').map((i) => i.message);
    expect(members).toEqual([
      'members.csv:5: A81001: source_url "ftp://example.org/file" is not a web address (https://…); only web links are published',
      'members.csv:6: F84018 has no evidence',
      'members.csv:7: F84003 is listed again (first on line 2)',
      'members.csv:3: C82001 (Closed Surgery) is not an active GP practice: not active (status C)',
      'members.csv:4: X99999 (Unknown Practice) is not an active GP practice: no practice has this code in epraccur-legacy.csv',
    ]);
  });

  it('writes practice/{CODE}.json with one row and only that practice’s membership', () => {
    const member = read<PracticeFile>('practice/F84003.json');
    expect(member.practices).toHaveLength(1);
    expect(member.practices[0]![8]).toBe(0);
    expect(member.members).toEqual(read<PracticeFile>('practices.json').members);
    const other = read<PracticeFile>('practice/F84018.json');
    expect(other.members).toEqual([]);
    expect(other.practices).toEqual([read<PracticeFile>('practices.json').practices.find((r) => r[0] === 'F84018')]);
    expect(other).toMatchObject({ format: DATA_FORMAT, editions: EDITIONS, scale: 100_000, fields: [...PRACTICE_FIELDS] });
  });

  it('describes sources, files, approximate practices and attribution in manifest.json', () => {
    const manifest = read<DataManifest>('manifest.json');
    expect(manifest.format).toBe(DATA_FORMAT);
    expect(manifest.built).toBe('2026-11-21');
    expect(manifest.sources.map((s) => [s.id, s.edition, s.file, s.rows, s.rejected])).toEqual([
      ['codepoint', '2025.4.0', 'codepo_gb.zip', 13, 3],
      ['epraccur', '2025-09-01', 'epraccur-legacy.csv', 12, 4],
      ['members', '2017', 'members.csv', 6, 5],
      ['scotland', '2025-01-01', 'practice_contactdetails_jan2025-open-data.csv', 4, 1],
      ['northernIreland', '2026-04-01', 'gp-practice-reference-file-april-2026.csv', 9, 3],
    ]);
    expect(manifest.approximate).toEqual(['A81001', 'A81002', 'S40002']);
    expect(manifest.attribution).toEqual([
      'Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025.',
      'Contains public sector information from NHS England (Organisation Data Service) licensed under the Open Government Licence v3.0.',
      'Contains public sector information from Public Health Scotland licensed under the Open Government Licence v3.0.',
      'Contains public sector information from the HSC Business Services Organisation (Northern Ireland) licensed under the Open Government Licence v3.0.',
    ]);
    for (const [key, rows] of [
      ['sectors', 4],
      ['districts', 3],
      ['practices', ALL_CODES.length],
    ] as const) {
      const bytes = readFileSync(join(options.out, `${key}.json`));
      expect(manifest.files[key]).toEqual({ path: `${key}.json`, rows, bytes: bytes.length, hash: hash16(bytes) });
    }
    const records = ALL_CODES.map((code) => readFileSync(join(options.out, 'practice', `${code}.json`)));
    expect(manifest.files.practiceRecords).toEqual({
      path: 'practice/{CODE}.json',
      rows: ALL_CODES.length,
      bytes: records.reduce((sum, b) => sum + b.length, 0),
      hash: hash16(...records),
    });
    expect(manifest.files.sectors.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes byte-identical files on a second run, and removes a practice file no longer in the data', () => {
    const again = join(dir, 'again');
    buildData({ ...options, out: again, log: () => {} });
    expect(compareFolders(options.out, again)).toEqual([]);
    mkdirSync(join(again, 'practice'), { recursive: true });
    writeFileSync(join(again, 'practice', 'Z99999.json'), '{}\n');
    expect(compareFolders(options.out, again)).toEqual([
      'practice/Z99999.json: built but not committed (missing from public/data)',
    ]);
    buildData({ ...options, out: again, log: () => {} });
    expect(compareFolders(options.out, again)).toEqual([]);
  });

  it('reads the newer header layout of epraccur too', () => {
    const out = join(dir, 'header');
    const header = buildData({ ...options, epraccur: join(FIXTURES, 'epraccur-header.csv'), out, log: () => {} });
    expect(header.manifest.sources[1]).toMatchObject({ edition: '2025-10-15', rows: 6, rejected: 1 });
    expect(header.manifest.files.practices.rows).toBe(3 + 9);
  });

  it('stops with a clear message when an input file is missing', () => {
    const missing = join(dir, 'nowhere', 'epraccur.csv');
    expect(() => buildData({ ...options, epraccur: missing })).toThrow(InputError);
    expect(() => buildData({ ...options, epraccur: missing })).toThrow(
      `cannot read the NHS ODS epraccur.csv at ${missing}: no such file`,
    );
  });

  it('stops with a clear message when the Code-Point zip is not a zip', () => {
    expect(() => buildData({ ...options, codepoint: options.epraccur })).toThrow(
      /cannot read the Code-Point Open zip at .*epraccur-legacy\.csv/,
    );
  });
});

describe('the build date', () => {
  it('is --date when given', () => {
    expect(buildDate('2026-11-21', '0')).toBe('2026-11-21');
  });

  it('is SOURCE_DATE_EPOCH (seconds, UTC) without --date', () => {
    expect(buildDate(undefined, '1795219200')).toBe('2026-11-21');
  });

  it('is today without either', () => {
    expect(buildDate(undefined, undefined, new Date('2026-02-03T23:59:59Z'))).toBe('2026-02-03');
  });

  it('refuses a date that does not exist', () => {
    expect(() => buildDate('2026-02-30', undefined)).toThrow(/not a date/);
    expect(() => buildDate('2026-13-01', undefined)).toThrow(/not a date/);
    expect(() => buildDate('21/11/2026', undefined)).toThrow(/not a date/);
  });
});
