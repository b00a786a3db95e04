import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaFile, DataManifest, PracticeFile, PracticeRow } from '../../src/directory/data-format.ts';
import { decodeAreas } from '../../src/directory/areas.ts';
import { haversineMetres } from '../../src/tools/data/projection.ts';
import { hash16 } from '../../src/tools/data/write.ts';

const DATA = join(import.meta.dirname, '..', '..', 'public', 'data');
const bytes = (path: string) => readFileSync(join(DATA, path));
const json = <T>(path: string) => JSON.parse(bytes(path).toString('utf8')) as T;

/** An area as the app reads it (src/directory/areas.ts). */
function area(file: AreaFile, key: string) {
  return decodeAreas(file).get(key);
}

describe.runIf(existsSync(join(DATA, 'manifest.json')))('the committed public/data files', () => {
  const manifest = json<DataManifest>('manifest.json');
  const sectors = json<AreaFile>('sectors.json');
  const districts = json<AreaFile>('districts.json');
  const practices = json<PracticeFile>('practices.json');
  const byCode = new Map<string, PracticeRow>(practices.practices.map((row) => [row[0], row]));

  it('list The Nightingale Practice, F84018, at E5 8BY in England', () => {
    const row = byCode.get('F84018')!;
    expect(row.slice(0, 4)).toEqual([
      'F84018',
      'The Nightingale Practice',
      ['10 Kenninghall Road', 'Clapton', 'London'],
      'E5 8BY',
    ]);
    expect(row[7]).toBe('E');
    expect(row[9]).toBe(0);
  });

  it('mark F84003 and G85109 as members, with their source URLs', () => {
    const source = (code: string) => practices.members[byCode.get(code)![8]]?.source;
    expect(source('F84003')).toBe(
      'https://www.pulsetoday.co.uk/about-pulse/weblinks/medico-legal/medical-charity-wants-to-help-gps-avoid-passing-patient-details-to-home-office/20034280.article',
    );
    expect(source('G85109')).toBe(
      'https://www.doctorsoftheworld.org.uk/news/inside-view-from-a-safe-surgery-our-concern-is-more-with-the-patients-we-arent-seeing/',
    );
    expect(practices.practices.filter((row) => row[8] >= 0).map((row) => row[0])).toEqual(['F84003', 'G85109']);
    expect(json<PracticeFile>('practice/G85109.json').members).toEqual([practices.members[byCode.get('G85109')![8]]]);
  });

  it('have sector "E5 8" in England, next to the Nightingale Practice', () => {
    const e58 = area(sectors, 'E5 8')!;
    expect(e58.nation).toBe('E');
    const row = byCode.get('F84018')!;
    expect(haversineMetres(e58, { lat: row[5]! / practices.scale, lon: row[6]! / practices.scale })).toBeLessThan(1500);
  });

  it('have Scottish and Welsh areas marked as such', () => {
    expect(area(sectors, 'EH1 1')?.nation).toBe('S');
    expect(area(districts, 'EH1')?.nation).toBe('S');
    expect(area(sectors, 'CF10 1')?.nation).toBe('W');
    expect(area(districts, 'E5')?.nation).toBe('E');
  });

  it('list Glasgow practices in G51 as Scotland’s, with their phone and a position in Glasgow', () => {
    const row = byCode.get('S52005')!;
    expect(row.slice(0, 5)).toEqual(['S52005', 'Midlock Medical Centre', row[2], 'G51 1SL', '0141 427 4271']);
    expect(row[7]).toBe('S');
    const glasgow = { lat: 55.8617, lon: -4.2583 };
    expect(haversineMetres(glasgow, { lat: row[5]! / practices.scale, lon: row[6]! / practices.scale })).toBeLessThan(6000);
  });

  it('list Northern Ireland’s practices under the surgery’s own name, with no position or phone, and their area', () => {
    expect(byCode.get('Z00001')).toEqual([
      'Z00001',
      'Harland Medical Practice',
      ['Holywood Arches Health Centre', 'Westminster Avenue'],
      'BT4 1NS',
      null,
      null,
      null,
      'N',
      -1,
      0,
      'Belfast',
    ]);
    const bt7 = practices.practices.filter((row) => row[3].startsWith('BT7 '));
    expect(bt7.length).toBeGreaterThanOrEqual(5);
    expect(bt7.every((row) => row[7] === 'N' && row[5] === null && row[4] === null)).toBe(true);
  });

  it('give every nation its own list edition', () => {
    expect(practices.editions).toEqual({ E: '2025-09-01', W: '2025-09-01', S: '2022-10-01', N: '2026-01-01' });
  });

  it('have about 10,800 sectors, 2,900 districts and 7,800 practices: 912 in Scotland and 305 in Northern Ireland', () => {
    expect(sectors.keys.length).toBeGreaterThan(10_500);
    expect(sectors.keys.length).toBeLessThan(11_200);
    expect(districts.keys.length).toBeGreaterThan(2_800);
    expect(districts.keys.length).toBeLessThan(3_000);
    const nations = (nation: string) => practices.practices.filter((row) => row[7] === nation).length;
    expect(nations('E') + nations('W')).toBeGreaterThan(6_400);
    expect(nations('E') + nations('W')).toBeLessThan(6_800);
    expect([nations('S'), nations('N')]).toEqual([912, 305]);
    expect(sectors.nation).toHaveLength(sectors.keys.length);
  });

  it('put every area and practice of Great Britain inside it, and no position on Northern Ireland’s', () => {
    for (const file of [sectors, districts]) {
      const centroids = [...decodeAreas(file).values()];
      const lat = centroids.map((c) => c.lat);
      const lon = centroids.map((c) => c.lon);
      expect(Math.min(...lat)).toBeGreaterThan(49.8);
      expect(Math.max(...lat)).toBeLessThan(60.9);
      expect(Math.min(...lon)).toBeGreaterThan(-8.7);
      expect(Math.max(...lon)).toBeLessThan(1.8);
    }
    for (const row of practices.practices) {
      if (row[7] === 'N') {
        expect([row[5], row[6]]).toEqual([null, null]);
        continue;
      }
      // Shetland's practices reach 60.8° N.
      expect(row[5]! / practices.scale).toBeGreaterThan(49.8);
      expect(row[5]! / practices.scale).toBeLessThan(60.9);
    }
  });

  it('have one practice file per practice, and nothing else', () => {
    const files = readdirSync(join(DATA, 'practice')).sort();
    expect(files).toEqual(practices.practices.map((row) => `${row[0]}.json`));
  });

  it('match their manifest: sizes, hashes, counts and editions', () => {
    for (const key of ['sectors', 'districts', 'practices'] as const) {
      const b = bytes(manifest.files[key].path);
      expect([manifest.files[key].bytes, manifest.files[key].hash]).toEqual([b.length, hash16(b)]);
    }
    const records = practices.practices.map((row) => bytes(`practice/${row[0]}.json`));
    expect(manifest.files.practiceRecords).toMatchObject({
      rows: records.length,
      bytes: records.reduce((s, b) => s + b.length, 0),
      hash: hash16(...records),
    });
    expect(manifest.sources.map((s) => [s.id, s.edition, s.rows])).toEqual([
      ['codepoint', '2025.4.0', 1_745_849],
      ['epraccur', '2025-09-01', 16_685],
      ['members', '2018-08-03', 2],
      ['scotland', '2022-10-01', 912],
      ['northernIreland', '2026-01-01', 305],
    ]);
    expect(manifest.sources.map((s) => s.rejected)).toEqual([836, 0, 0, 0, 0]);
    expect(manifest.attribution.join('\n')).toMatch(/Public Health Scotland[\s\S]*HSC Business Services Organisation/);
    expect(manifest.approximate).toEqual(practices.practices.filter((row) => row[9] === 1).map((row) => row[0]));
    expect(manifest.built).toBe('2026-11-21');
  });
});
