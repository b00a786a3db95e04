import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { underCI } from '../../src/tools/data/check-data.ts';
import { editionFromName, readNorthernIreland, readScotland } from '../../src/tools/data/nations-lists.ts';
import { Report } from '../../src/tools/data/report.ts';
import { newestEdition } from '../../src/tools/data/sources.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'data', name), 'utf8');
const messages = (report: Report) => report.issues.map((i) => `${i.severity}: ${i.message}`);

describe("Scotland's practice list (Public Health Scotland)", () => {
  const report = new Report();
  const list = readScotland(fixture('phs-practices.csv'), 'practice_contactdetails_oct2022-open-data.csv', report);

  it('keeps valid rows with the national code S + the PHS code, natural case, collapsed phone numbers', () => {
    expect(list.rows).toBe(9);
    expect(list.edition).toBe('2022-10-01');
    expect(list.practices[0]).toEqual({
      code: 'S10002',
      name: 'Muirhead Medical Centre',
      address: ['Liff Road', 'Muirhead'],
      postcode: 'DD2 5NH',
      phone: '01382 580 264',
      area: null,
      line: 2,
    });
    expect(list.practices.map((p) => p.code)).toContain('S43210');
  });

  it('rejects bad codes, duplicates and Northern Ireland postcodes with file:line reasons, and keeps a practice without a phone', () => {
    expect(messages(report)).toEqual(
      expect.arrayContaining([
        'rejected: practice_contactdetails_oct2022-open-data.csv:7: PracticeCode "1234" is not 5 digits',
        'rejected: practice_contactdetails_oct2022-open-data.csv:8: code 10002 appears again (first on line 2)',
        'rejected: practice_contactdetails_oct2022-open-data.csv:9: postcode "BT7 1NN" is not a postcode in Great Britain',
        expect.stringMatching(/^warning: .*:10: practice 43210: phone "" is not 10–11 digits/),
      ]),
    );
    expect(list.practices.find((p) => p.code === 'S43210')?.phone).toBeNull();
  });

  it('fails clearly when a column is missing', () => {
    expect(() => readScotland('PracticeCode,Postcode\n10002,DD2 5NH\n', 'phs.csv', new Report())).toThrow(
      'phs.csv:1: the header row has no GPPracticeName, AddressLine1, AddressLine2, AddressLine3, AddressLine4, TelephoneNumber column',
    );
  });
});

describe("Northern Ireland's practice reference file (BSO)", () => {
  const report = new Report();
  const list = readNorthernIreland(fixture('bso-practices.csv'), 'gp-practice-reference-file-january-2026.csv', report);

  it("keeps the surgery's own name, the code Z + five digits, no phone, and the Local Commissioning Group", () => {
    expect(list.edition).toBe('2026-01-01');
    expect(list.practices[0]).toEqual({
      code: 'Z00001',
      name: 'Harland Medical Practice',
      address: ['Holywood Arches Health Centre', 'Westminster Avenue'],
      postcode: 'BT4 1NS',
      phone: null,
      area: 'Belfast',
      line: 2,
    });
  });

  it("reads NULL as empty, and falls back to the lead GP's name when the surgery has none", () => {
    expect(list.practices.find((p) => p.code === 'Z00465')?.address).toEqual(['28 Church Walk']);
    expect(list.practices.find((p) => p.code === 'Z00008')).toMatchObject({
      name: 'Dr. Smith & Partners',
      address: ['12 Main Street'],
    });
  });

  it('rejects bad numbers, postcodes outside Northern Ireland and duplicates with file:line reasons', () => {
    expect(messages(report)).toEqual([
      'rejected: gp-practice-reference-file-january-2026.csv:7: PracNo "abc" is not a number of up to 5 digits',
      'rejected: gp-practice-reference-file-january-2026.csv:8: postcode "G51 4TF" is not a BT postcode',
      'rejected: gp-practice-reference-file-january-2026.csv:10: practice 1 appears again (first on line 2)',
    ]);
    expect(list.practices).toHaveLength(6);
  });
});

describe('the real lists in ../shared/data', () => {
  const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
  const read = (name: string) => {
    try {
      return readFileSync(join(shared, name), 'utf8');
    } catch {
      return null;
    }
  };

  it('read with every practice kept: 912 in Scotland, 305 in Northern Ireland', (context) => {
    const phs = read('practice_contactdetails_oct2022-open-data.csv');
    const bso = read('gp-practice-reference-file-january-2026.csv');
    if (phs === null || bso === null) {
      // Beside a clone in CI the lists are always there: missing, the check must fail, not skip.
      expect(underCI(), `../shared/data lacks the Scottish or Northern Irish list (looked in ${shared})`).toBe(false);
      return context.skip();
    }
    const report = new Report();
    expect(readScotland(phs, 'phs.csv', report).practices).toHaveLength(912);
    expect(readNorthernIreland(bso, 'bso.csv', report).practices).toHaveLength(305);
    expect(report.issues.filter((i) => i.severity === 'rejected')).toEqual([]);
  });
});

describe('editions from file names', () => {
  it('reads the month and year publishers put there', () => {
    expect(editionFromName('practice_contactdetails_oct2022-open-data.csv')).toBe('2022-10-01');
    expect(editionFromName('gp-practice-reference-file-january-2026.csv')).toBe('2026-01-01');
    expect(editionFromName('practices.csv')).toBe('unknown');
  });
});

describe('which edition the build reads by default', () => {
  it('takes the newest dated file that matches, ranks an undated one last, and falls back when none matches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'editions-'));
    try {
      const pattern = /^gp-practice-reference-file.*\.csv$/i;
      for (const name of [
        'gp-practice-reference-file-january-2026.csv',
        'gp-practice-reference-file-april-2026.csv',
        'gp-practice-reference-file-october-2025.csv',
        'gp-practice-reference-file-latest.csv',
        'practice_contactdetails_jan2027-open-data.csv',
      ])
        writeFileSync(join(dir, name), '');
      expect(newestEdition(dir, pattern, 'fallback.csv')).toBe(join(dir, 'gp-practice-reference-file-april-2026.csv'));
      expect(newestEdition(dir, /^nothing\.csv$/, 'fallback.csv')).toBe(join(dir, 'fallback.csv'));
      expect(newestEdition(join(dir, 'missing'), pattern, 'x.csv')).toBe(join(dir, 'missing', 'x.csv'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
